package org.observatory.downtime.core.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How dark a night must be: the altitude the sun's centre must be below, geometric (no refraction beyond what the
 * altitude itself allows for) and seen from the astronomical horizon (no correction for the observer's height).
 */
public enum Twilight {

  /** Sunset to sunrise: the sun's upper edge below the horizon, refraction and the sun's radius included (-0.833°). */
  SUNSET("sunset", -0.833),
  /** Civil twilight ends (-6°). */
  CIVIL("civil", -6),
  /** Nautical twilight ends (-12°). */
  NAUTICAL("nautical", -12),
  /** Astronomical twilight ends: the sky is fully dark (-18°). */
  ASTRONOMICAL("astronomical", -18);

  /** The name of the field this value is read from in the API. */
  public static final String FIELD = "twilight";

  private final String apiName;
  private final double altitude;

  Twilight(String apiName, double altitude) {
    this.apiName = apiName;
    this.altitude = altitude;
  }

  /** The name of this twilight in the API: {@code sunset}, {@code civil}, {@code nautical} or {@code astronomical}. */
  public String apiName() {
    return apiName;
  }

  /** The altitude of the sun's centre, in degrees, below which it counts as dark. */
  public double altitude() {
    return altitude;
  }

  /** The twilight with this API name, if any (exact, lower case). */
  public static Optional<Twilight> byApiName(String name) {
    return Arrays.stream(values()).filter(twilight -> twilight.apiName.equals(name)).findFirst();
  }

  /**
   * The twilight with this API name.
   *
   * @throws ValidationException under {@link #FIELD} naming the accepted values, when {@code name} is none of them
   */
  public static Twilight parse(String name) {
    if (name == null) {
      throw ValidationException.of(FIELD, FieldErrors.NOT_NULL);
    }
    return byApiName(name).orElseThrow(() -> ValidationException.of(FIELD,
        "\"" + name + "\" is not a valid choice; use one of " + choices() + "."));
  }

  private static String choices() {
    return Arrays.stream(values()).map(Twilight::apiName).collect(Collectors.joining(", "));
  }
}
