package org.observatory.downtime.http;

import io.javalin.http.Context;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * Each request's id: the client's {@code X-Request-ID} when it is 1–128 characters of letters, digits and
 * {@code + / = . _ : -} (anything else could forge or break log lines), otherwise a new random one. It is put in the
 * logging context as {@code request_id} for the request's log lines and sent back in the answer's
 * {@code X-Request-ID}.
 */
final class RequestIds {

  static final String HEADER = "X-Request-ID";
  static final String MDC_KEY = "request_id";

  private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9+/=._:-]{1,128}");

  private RequestIds() {
  }

  /** Takes or makes the id of this request, logs with it and answers with it. */
  static void assign(Context ctx) {
    String given = ctx.header(HEADER);
    String id = given != null && ACCEPTED.matcher(given).matches() ? given : generate();
    MDC.put(MDC_KEY, id);
    ctx.header(HEADER, id);
  }

  /** Ends the request's logging context (after its request log line). */
  static void release() {
    MDC.remove(MDC_KEY);
  }

  private static String generate() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return HexFormat.of().toHexDigits(random.nextLong()) + HexFormat.of().toHexDigits(random.nextLong());
  }
}
