package org.observatory.downtime.http.feature;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.port.in.FindDowntimesUseCase;
import org.observatory.downtime.core.port.out.InstrumentCatalogue;
import org.observatory.downtime.core.query.DowntimeQuery;
import org.observatory.downtime.core.query.DowntimeQueryParser;
import org.observatory.downtime.http.ical.Ical4jCalendarWriter;

/** {@code GET /api/calendar.ics}: the downtimes any list query selects, as a calendar to subscribe to. */
final class CalendarHandler {

  /** The most events one feed holds, also when a larger {@code limit} is asked for. */
  static final int MAX_EVENTS = 10_000;

  private final FindDowntimesUseCase find;
  private final InstrumentCatalogue catalogue;
  private final Ical4jCalendarWriter writer;
  private final ApiSupport support;

  CalendarHandler(FindDowntimesUseCase find, InstrumentCatalogue catalogue, Ical4jCalendarWriter writer,
                  ApiSupport support) {
    this.find = find;
    this.catalogue = catalogue;
    this.writer = writer;
    this.support = support;
  }

  void feed(Context ctx) {
    DowntimeQuery parsed = DowntimeQueryParser.parse(ctx.queryParamMap(), catalogue.current());
    // Without a limit a feed holds every match (up to the cap), not the list's first page of 1 000.
    int limit = ctx.queryParam("limit") == null ? MAX_EVENTS : Math.min(parsed.limit(), MAX_EVENTS);
    DowntimeQuery query = parsed.withPage(limit, parsed.offset());
    List<Downtime> downtimes = new ArrayList<>();
    find.forEach(query, downtimes::add);
    ByteArrayOutputStream out = new ByteArrayOutputStream(512 + downtimes.size() * 512);
    writer.write(downtimes, support.origin().apply(ctx), out);
    ctx.status(200);
    ctx.header("Content-Disposition", "inline; filename=\"downtime.ics\"");
    ctx.contentType(Ical4jCalendarWriter.CONTENT_TYPE).result(out.toByteArray());
  }
}
