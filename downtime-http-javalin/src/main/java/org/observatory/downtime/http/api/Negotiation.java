package org.observatory.downtime.http.api;

import io.javalin.http.Context;
import java.util.Locale;

/** Whether a client wants the readable HTML rendering of an API answer rather than raw JSON. */
final class Negotiation {

  private Negotiation() {
  }

  /**
   * {@code ?format=json} forces JSON and {@code ?format=api} forces HTML (DRF's names); otherwise HTML only when the
   * {@code Accept} header ranks {@code text/html} strictly above JSON, so {@code *}{@code /*} and no header mean JSON.
   */
  static boolean wantsHtml(Context ctx) {
    String format = ctx.queryParam("format");
    if ("json".equals(format)) {
      return false;
    }
    if ("api".equals(format)) {
      return true;
    }
    String accept = ctx.header("Accept");
    if (accept == null || accept.isBlank()) {
      return false;
    }
    return quality(accept, "text", "html") > quality(accept, "application", "json");
  }

  /** The q value the Accept header gives this media type, by its most specific matching range. */
  static double quality(String accept, String type, String subtype) {
    double best = 0;
    int bestSpecificity = -1;
    for (String range : accept.split(",")) {
      String[] params = range.split(";");
      String media = params[0].strip().toLowerCase(Locale.ROOT);
      int slash = media.indexOf('/');
      if (slash < 0) {
        continue;
      }
      String t = media.substring(0, slash);
      String s = media.substring(slash + 1);
      int specificity;
      if (t.equals(type) && s.equals(subtype)) {
        specificity = 2;
      } else if (t.equals(type) && s.equals("*")) {
        specificity = 1;
      } else if (t.equals("*") && s.equals("*")) {
        specificity = 0;
      } else {
        continue;
      }
      if (specificity > bestSpecificity) {
        bestSpecificity = specificity;
        best = q(params);
      }
    }
    return best;
  }

  private static double q(String[] params) {
    for (int i = 1; i < params.length; i++) {
      String p = params[i].strip();
      if (p.startsWith("q=")) {
        try {
          return Double.parseDouble(p.substring(2));
        } catch (NumberFormatException e) {
          return 0;
        }
      }
    }
    return 1;
  }
}
