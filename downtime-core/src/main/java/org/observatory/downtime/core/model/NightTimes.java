package org.observatory.downtime.core.model;

/**
 * For a write given as a night instead of a start and an end: the night of a local date at a site, as the catalogue's
 * geography and the darkness calculator give it.
 */
@FunctionalInterface
public interface NightTimes {

  /**
   * The night at a site.
   *
   * @throws ValidationException under {@code night} when the site has no coordinates, or under {@code site} when the
   *                             catalogue does not know it
   */
  Night night(String site, NightRequest request);
}
