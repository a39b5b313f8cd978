package org.observatory.downtime.http.api;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.Optional;
import org.observatory.downtime.core.model.DowntimePage;
import org.observatory.downtime.core.port.in.FindDowntimesUseCase;
import org.observatory.downtime.core.port.in.NightsUseCase;
import org.observatory.downtime.core.port.out.InstrumentCatalogue;
import org.observatory.downtime.core.query.DowntimeQuery;
import org.observatory.downtime.http.request.DowntimeQueryParameters;

/** {@code GET /api/}: the filtered, paginated list; repeated questions are answered from the answer cache. */
final class ListDowntimesHandler {

  private static final int GZIP_MIN_BYTES = 1500;

  private final FindDowntimesUseCase find;
  private final InstrumentCatalogue catalogue;
  private final ApiRepresentation representation;
  private final ApiResponder responder;
  private final AnswerCache answers;
  private final NightsUseCase nights;

  ListDowntimesHandler(FindDowntimesUseCase find, InstrumentCatalogue catalogue, ApiRepresentation representation,
                       ApiResponder responder, AnswerCache answers, NightsUseCase nights) {
    this.find = find;
    this.catalogue = catalogue;
    this.representation = representation;
    this.responder = responder;
    this.answers = answers;
    this.nights = nights;
  }

  void list(Context ctx) {
    // Choices come from the catalogue of this moment: ConfigDB changes are seen without a restart.
    DowntimeQuery query = DowntimeQueryParameters.parse(ctx.queryParamMap(), catalogue.current(), nights);
    PageLinks links = PageLinks.of(ctx);
    // The HTML rendering is for the odd browser and repeats the raw request: it is built every time.
    Optional<Instant> version = answers.enabled() && !Negotiation.wantsHtml(ctx) ? find.dataVersion() : Optional.empty();
    if (version.isEmpty()) {
      Page built = page(query, links);
      responder.send(ctx, 200, built.json(), "Downtime list", built.next(), built.previous());
      return;
    }
    AnswerKey key = new AnswerKey(links.base(), "json", query, links.parameters());
    CachedAnswer answer = answers.get(key, version.get(), () -> {
      byte[] bytes = page(query, links).json();
      return new CachedAnswer("application/json", bytes, EntityTags.tagOf(bytes));
    });
    // The tag goes with the answer, so the conditional-GET step need not hash the bytes again.
    ctx.status(200).header("ETag", answer.tag()).contentType(answer.contentType());
    // As the server's own compression would (gzip from 1500 bytes), but compressed once per answer, not per request.
    if (answer.body().length >= GZIP_MIN_BYTES && acceptsGzip(ctx.header("Accept-Encoding"))) {
      ctx.header("Content-Encoding", "gzip").result(answer.gzipped());
    } else {
      ctx.result(answer.body());
    }
  }

  /** Whether an {@code Accept-Encoding} header lists gzip (and does not refuse it with {@code q=0}). */
  static boolean acceptsGzip(String acceptEncoding) {
    if (acceptEncoding == null) {
      return false;
    }
    for (String coding : acceptEncoding.split(",")) {
      String[] parts = coding.split(";");
      if (parts[0].strip().equalsIgnoreCase("gzip")) {
        for (int i = 1; i < parts.length; i++) {
          if (parts[i].strip().replace(" ", "").matches("q=0(\\.0*)?")) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  private Page page(DowntimeQuery query, PageLinks links) {
    DowntimePage page = find.list(query);
    String next = links.next(query, page.count());
    String previous = links.previous(query);
    return new Page(representation.page(page, next, previous), next, previous);
  }

  private record Page(byte[] json, String next, String previous) {
  }
}
