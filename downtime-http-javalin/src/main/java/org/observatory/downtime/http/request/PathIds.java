package org.observatory.downtime.http.request;

import io.javalin.http.Context;
import java.util.regex.Pattern;
import org.observatory.downtime.core.model.NotFoundException;

/**
 * The one reader of ids in paths ({@code /api/{id}/}, {@code /api/series/{id}/}, {@code /admin/{id}/change/}, ...),
 * for the API and the pages alike.
 *
 * <p>A whole number is an id, whatever its sign or size, as Django looked it up ({@code int()} of the path part):
 * the use case then says whether that downtime exists. Anything else ({@code abc}, {@code 1.5}) names nothing.
 */
public final class PathIds {

  /** The path parameter every id route uses. */
  public static final String PARAMETER = "id";

  private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?[0-9]+");

  private PathIds() {
  }

  /**
   * The id in the request's path.
   *
   * @param what what the id names, for the message ({@code downtime}, {@code series})
   * @throws NotFoundException when the path part is no whole number, or one no id can have (beyond a long)
   */
  public static long id(Context ctx, String what) {
    String text = ctx.pathParam(PARAMETER);
    if (isWholeNumber(text)) {
      try {
        return Long.parseLong(text);
      } catch (NumberFormatException e) {
        // Too large for any stored id: a lookup would find nothing.
      }
    }
    throw new NotFoundException("No " + what + " with id " + text);
  }

  /** Whether a path part is a whole number, i.e. an id that was looked up rather than a path that names nothing. */
  public static boolean isWholeNumber(String text) {
    return text != null && WHOLE_NUMBER.matcher(text).matches();
  }
}
