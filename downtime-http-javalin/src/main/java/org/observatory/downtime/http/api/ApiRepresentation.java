package org.observatory.downtime.http.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.RawValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.observatory.downtime.core.model.AuditEntry;
import org.observatory.downtime.core.model.ChangeEvent;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.DowntimePage;
import org.observatory.downtime.core.model.Timestamps;

/**
 * The API representation (JSON) of downtimes and of everything that holds them: pages, series, history entries, and
 * the error bodies. Downtimes are streamed with Jackson, so a 10 000-row page costs no object tree.
 *
 * <p>Key order is part of the contract: id, start, end, site, enclosure, telescope, instrument_type, reason, then
 * the fields this service added (created_by, created, modified, series, category).
 */
public final class ApiRepresentation {

  // Field names encoded once: writing them from Strings was ~20% of the JVM CPU of a 350-row list request.
  private static final SerializedString ID = new SerializedString("id");
  private static final SerializedString START = new SerializedString("start");
  private static final SerializedString END = new SerializedString("end");
  private static final SerializedString SITE = new SerializedString("site");
  private static final SerializedString ENCLOSURE = new SerializedString("enclosure");
  private static final SerializedString TELESCOPE = new SerializedString("telescope");
  private static final SerializedString INSTRUMENT_TYPE = new SerializedString("instrument_type");
  private static final SerializedString REASON = new SerializedString("reason");
  private static final SerializedString CREATED_BY = new SerializedString("created_by");
  private static final SerializedString CREATED = new SerializedString("created");
  private static final SerializedString MODIFIED = new SerializedString("modified");
  private static final SerializedString SERIES = new SerializedString("series");
  private static final SerializedString CATEGORY = new SerializedString("category");

  private final ObjectMapper mapper;

  public ApiRepresentation(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  byte[] one(Downtime downtime) {
    return write(g -> representation(g, downtime, new DowntimeValues()));
  }

  byte[] page(DowntimePage page, String next, String previous) {
    return write(g -> {
      g.writeStartObject();
      g.writeNumberField("count", page.count());
      g.writeStringField("next", next);
      g.writeStringField("previous", previous);
      g.writeArrayFieldStart("results");
      DowntimeValues values = new DowntimeValues();
      for (Downtime downtime : page.results()) {
        representation(g, downtime, values);
      }
      g.writeEndArray();
      g.writeEndObject();
    });
  }

  /** {@code {"series": id, "count": n, "results": [...]}}. */
  byte[] series(long seriesId, List<Downtime> downtimes) {
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("series", seriesId);
    answer.put("count", downtimes.size());
    answer.put("results", downtimes.stream().map(this::embedded).toList());
    return value(answer);
  }

  /** One change of the audit trail, the downtime before and after it in this representation. */
  Map<String, Object> entry(AuditEntry entry) {
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("id", entry.id());
    answer.put("downtime", entry.downtimeId());
    answer.put("action", entry.action().name().toLowerCase(Locale.ROOT));
    answer.put("actor", entry.actor());
    answer.put("at", Timestamps.format(entry.at()));
    answer.put("before", entry.before() == null ? null : embedded(entry.before()));
    answer.put("after", entry.after() == null ? null : embedded(entry.after()));
    return answer;
  }

  /** One event of the change feed: the downtime after the change and, on an update or deletion, before it. */
  Map<String, Object> event(ChangeEvent event) {
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("id", event.id());
    answer.put("type", event.type().wireName());
    answer.put("time", Timestamps.format(event.time()));
    answer.put("actor", event.actor());
    answer.put("downtime", event.downtime() == null ? null : embedded(event.downtime()));
    answer.put("previous", event.previous() == null ? null : embedded(event.previous()));
    return answer;
  }

  /** Any plain value (maps, lists, strings, numbers) as JSON, keys in the map's order. */
  public byte[] value(Object value) {
    try {
      return mapper.writeValueAsBytes(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A {@code {"detail": "..."}} body. */
  public byte[] detail(String message) {
    return value(Map.of("detail", message));
  }

  /** Field errors as DRF writes them: each field with its list of messages. */
  public byte[] errors(Map<String, List<String>> errors) {
    return value(errors);
  }

  // A downtime inside a larger answer, written once by the same code as everywhere else.
  private RawValue embedded(Downtime downtime) {
    return new RawValue(new String(one(downtime), StandardCharsets.UTF_8));
  }

  private static void representation(JsonGenerator g, Downtime d, DowntimeValues values) throws IOException {
    g.writeStartObject();
    g.writeFieldName(ID);
    g.writeNumber(d.id());
    g.writeFieldName(START);
    values.time(g, d.start());
    g.writeFieldName(END);
    values.time(g, d.end());
    g.writeFieldName(SITE);
    values.code(g, d.site());
    g.writeFieldName(ENCLOSURE);
    values.code(g, d.enclosure());
    g.writeFieldName(TELESCOPE);
    values.code(g, d.telescope());
    g.writeFieldName(INSTRUMENT_TYPE);
    values.code(g, d.instrumentType());
    field(g, REASON, d.reason());
    g.writeFieldName(CREATED_BY);
    values.code(g, d.createdBy());
    g.writeFieldName(CREATED);
    values.time(g, d.created());
    g.writeFieldName(MODIFIED);
    values.time(g, d.modified());
    g.writeFieldName(SERIES);
    if (d.seriesId() == null) {
      g.writeNull();
    } else {
      g.writeNumber(d.seriesId());
    }
    g.writeFieldName(CATEGORY);
    values.code(g, d.category());
    g.writeEndObject();
  }

  private static void field(JsonGenerator g, SerializedString name, String value) throws IOException {
    g.writeFieldName(name);
    g.writeString(value);
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
