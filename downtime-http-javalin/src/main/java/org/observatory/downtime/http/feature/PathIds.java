package org.observatory.downtime.http.feature;

import io.javalin.http.Context;
import org.observatory.downtime.core.model.NotFoundException;

/** Ids in paths: anything but a positive number is simply not found, as for {@code /api/{id}/}. */
final class PathIds {

  private PathIds() {
  }

  static long id(Context ctx, String what) {
    String text = ctx.pathParam("id");
    try {
      long id = Long.parseLong(text);
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // falls through to "not found"
    }
    throw new NotFoundException("No " + what + " with id " + text);
  }
}
