package org.observatory.downtime.http.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.RawValue;
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
 * the error bodies. Downtimes are written as bytes by {@link JsonBytes}, so a 10 000-row page costs no object tree.
 *
 * <p>Key order is part of the contract: id, start, end, site, enclosure, telescope, instrument_type, reason, then
 * the fields this service added (created_by, created, modified, series, category).
 */
public final class ApiRepresentation {

  // Each field's name with the punctuation before its value, in the contract's key order.
  private static final byte[] ID = ascii("{\"id\":");
  private static final byte[] START = ascii(",\"start\":");
  private static final byte[] END = ascii(",\"end\":");
  private static final byte[] SITE = ascii(",\"site\":");
  private static final byte[] ENCLOSURE = ascii(",\"enclosure\":");
  private static final byte[] TELESCOPE = ascii(",\"telescope\":");
  private static final byte[] INSTRUMENT_TYPE = ascii(",\"instrument_type\":");
  private static final byte[] REASON = ascii(",\"reason\":");
  private static final byte[] CREATED_BY = ascii(",\"created_by\":");
  private static final byte[] CREATED = ascii(",\"created\":");
  private static final byte[] MODIFIED = ascii(",\"modified\":");
  private static final byte[] SERIES = ascii(",\"series\":");
  private static final byte[] CATEGORY = ascii(",\"category\":");
  private static final byte[] COUNT = ascii("{\"count\":");
  private static final byte[] NEXT = ascii(",\"next\":");
  private static final byte[] PREVIOUS = ascii(",\"previous\":");
  private static final byte[] RESULTS = ascii(",\"results\":[");
  private static final byte[] PAGE_END = ascii("]}");
  // About what one downtime takes, to size an answer's buffer once.
  private static final int BYTES_PER_DOWNTIME = 320;

  private final ObjectMapper mapper;

  public ApiRepresentation(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  byte[] one(Downtime downtime) {
    JsonBytes json = new JsonBytes(mapper, BYTES_PER_DOWNTIME);
    representation(json, downtime);
    return json.toByteArray();
  }

  byte[] page(DowntimePage page, String next, String previous) {
    List<Downtime> results = page.results();
    JsonBytes json = new JsonBytes(mapper, 256 + results.size() * BYTES_PER_DOWNTIME);
    json.raw(COUNT).number(page.count()).raw(NEXT).string(next).raw(PREVIOUS).string(previous).raw(RESULTS);
    for (int i = 0; i < results.size(); i++) {
      if (i > 0) {
        json.raw(',');
      }
      representation(json, results.get(i));
    }
    return json.raw(PAGE_END).toByteArray();
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

  private static void representation(JsonBytes json, Downtime d) {
    json.raw(ID).number(d.id())
        .raw(START).time(d.start())
        .raw(END).time(d.end())
        .raw(SITE).code(d.site())
        .raw(ENCLOSURE).code(d.enclosure())
        .raw(TELESCOPE).code(d.telescope())
        .raw(INSTRUMENT_TYPE).code(d.instrumentType())
        .raw(REASON).string(d.reason())
        .raw(CREATED_BY).code(d.createdBy())
        .raw(CREATED).time(d.created())
        .raw(MODIFIED).time(d.modified())
        .raw(SERIES).nullable(d.seriesId())
        .raw(CATEGORY).code(d.category())
        .raw('}');
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
