package org.observatory.downtime.http.api;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.port.in.FindDowntimesUseCase;
import org.observatory.downtime.core.port.out.InstrumentCatalogue;
import org.observatory.downtime.core.query.DowntimeQuery;
import org.observatory.downtime.http.ical.Ical4jCalendarWriter;
import org.observatory.downtime.http.request.DowntimeQueryParameters;
import org.observatory.downtime.http.request.RequestScheme;

/** {@code GET /api/calendar.ics}: the downtimes any list query selects, as a calendar to subscribe to. */
final class CalendarFeedHandler {

  /** The most events one feed holds, also when a larger {@code limit} is asked for. */
  static final int MAX_EVENTS = 10_000;

  private final FindDowntimesUseCase find;
  private final InstrumentCatalogue catalogue;
  private final Ical4jCalendarWriter writer;

  CalendarFeedHandler(FindDowntimesUseCase find, InstrumentCatalogue catalogue, Ical4jCalendarWriter writer) {
    this.find = find;
    this.catalogue = catalogue;
    this.writer = writer;
  }

  void feed(Context ctx) {
    DowntimeQuery parsed = DowntimeQueryParameters.parse(ctx.queryParamMap(), catalogue.current());
    // Without a limit a feed holds every match (up to the cap), not the list's first page of 1 000.
    int limit = ctx.queryParam("limit") == null ? MAX_EVENTS : Math.min(parsed.limit(), MAX_EVENTS);
    DowntimeQuery query = parsed.withPage(limit, parsed.offset());
    List<Downtime> downtimes = new ArrayList<>();
    find.forEach(query, downtimes::add);
    ByteArrayOutputStream out = new ByteArrayOutputStream(512 + downtimes.size() * 512);
    writer.write(downtimes, RequestScheme.origin(ctx), out);
    ctx.status(200);
    ctx.header("Content-Disposition", "inline; filename=\"downtime.ics\"");
    ctx.contentType(Ical4jCalendarWriter.CONTENT_TYPE).result(out.toByteArray());
  }
}
