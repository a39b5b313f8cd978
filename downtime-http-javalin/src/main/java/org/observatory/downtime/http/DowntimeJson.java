package org.observatory.downtime.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.DowntimePage;
import org.observatory.downtime.core.model.Timestamps;

/**
 * Writes the API representation of downtimes, streaming with Jackson so a 10 000-row page costs no object tree.
 *
 * <p>Key order is part of the contract: id, start, end, site, enclosure, telescope, instrument_type, reason, then
 * the fields this service added (created_by, created, modified, series).
 */
final class DowntimeJson {

  private final ObjectMapper mapper;

  DowntimeJson(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  byte[] one(Downtime downtime) {
    return write(g -> representation(g, downtime));
  }

  byte[] page(DowntimePage page, String next, String previous) {
    return write(g -> {
      g.writeStartObject();
      g.writeNumberField("count", page.count());
      g.writeStringField("next", next);
      g.writeStringField("previous", previous);
      g.writeArrayFieldStart("results");
      for (Downtime downtime : page.results()) {
        representation(g, downtime);
      }
      g.writeEndArray();
      g.writeEndObject();
    });
  }

  /** Any plain value (maps, lists, strings, numbers) as JSON, keys in the map's order. */
  byte[] value(Object value) {
    try {
      return mapper.writeValueAsBytes(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A {@code {"detail": "..."}} body. */
  byte[] detail(String message) {
    return value(Map.of("detail", message));
  }

  /** Field errors as DRF writes them: each field with its list of messages. */
  byte[] errors(Map<String, List<String>> errors) {
    return value(errors);
  }

  private static void representation(JsonGenerator g, Downtime d) throws IOException {
    g.writeStartObject();
    g.writeNumberField("id", d.id());
    g.writeStringField("start", Timestamps.format(d.start()));
    g.writeStringField("end", Timestamps.format(d.end()));
    g.writeStringField("site", d.site());
    g.writeStringField("enclosure", d.enclosure());
    g.writeStringField("telescope", d.telescope());
    g.writeStringField("instrument_type", d.instrumentType());
    g.writeStringField("reason", d.reason());
    g.writeStringField("created_by", d.createdBy());
    g.writeStringField("created", Timestamps.format(d.created()));
    g.writeStringField("modified", Timestamps.format(d.modified()));
    if (d.seriesId() == null) {
      g.writeNullField("series");
    } else {
      g.writeNumberField("series", d.seriesId());
    }
    g.writeEndObject();
  }

  private interface Writing {
    void to(JsonGenerator generator) throws IOException;
  }

  private byte[] write(Writing writing) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    try (JsonGenerator generator = mapper.getFactory().createGenerator(out)) {
      writing.to(generator);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
