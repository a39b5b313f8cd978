package org.observatory.downtime.http.api;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.observatory.downtime.core.availability.TimeLostCsv;
import org.observatory.downtime.core.availability.TimeLostReport;
import org.observatory.downtime.core.availability.TimeLostRow;
import org.observatory.downtime.core.availability.TimeLostTerms;
import org.observatory.downtime.core.port.in.NightsUseCase;

/**
 * {@code GET /api/reports/time-lost/?start=…&end=…[&site=…&telescope=…&category=…][&group=…][&twilight=…]
 * [&format=csv]}: dark hours, dark hours lost and the fraction lost per telescope, category or month.
 */
final class TimeLostHandler {

  private final NightsUseCase nights;
  private final ApiRepresentation representation;
  private final ApiResponder responder;

  TimeLostHandler(NightsUseCase nights, ApiRepresentation representation, ApiResponder responder) {
    this.nights = nights;
    this.representation = representation;
    this.responder = responder;
  }

  void report(Context ctx) {
    TimeLostReport report = nights.timeLost(TimeLostTerms.read(ctx.queryParamMap()));
    if ("csv".equals(ctx.queryParam("format"))) {
      ctx.status(200).contentType("text/csv; charset=utf-8")
          .header("Content-Disposition", "inline; filename=\"time-lost.csv\"")
          .result(TimeLostCsv.write(report).getBytes(StandardCharsets.UTF_8));
      return;
    }
    responder.send(ctx, 200, representation.value(json(report)), "Dark Time Lost");
  }

  /** {@code {"start", "end", "twilight", "group", "rows": [...], "total": {...}}}. */
  static Map<String, Object> json(TimeLostReport report) {
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("start", report.first().toString());
    answer.put("end", report.last().toString());
    answer.put("twilight", report.twilight().apiName());
    answer.put("group", report.group().apiName());
    List<Map<String, Object>> rows = new ArrayList<>();
    for (TimeLostRow row : report.rows()) {
      rows.add(row(report.group().apiName(), row.key(), row));
    }
    answer.put("rows", rows);
    answer.put("total", row(report.group().apiName(), "total", report.total()));
    return answer;
  }

  private static Map<String, Object> row(String group, String key, TimeLostRow row) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put(group, key);
    json.put("dark_hours", TimeLostCsv.hours(row.darkHours()));
    json.put("dark_hours_lost", TimeLostCsv.hours(row.darkHoursLost()));
    json.put("fraction_lost", TimeLostCsv.fraction(row.fractionLost()));
    json.put("instrument_hours_lost", TimeLostCsv.hours(row.instrumentHours()));
    Map<String, Double> byCategory = new LinkedHashMap<>();
    row.lostByCategory().forEach((category, hours) -> byCategory.put(category, TimeLostCsv.hours(hours)));
    json.put("dark_hours_lost_by_category", byCategory);
    return json;
  }
}
