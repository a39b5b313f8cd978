package org.observatory.downtime.core.model;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a site stands on Earth and which clock it keeps, as ConfigDB's {@code /sites/} gives them.
 *
 * @param latitude       geodetic latitude in degrees, north positive, from -90 to 90 ({@code lat})
 * @param longitude      longitude in degrees, east positive, from -180 to 180 ({@code long})
 * @param elevation      height above sea level in metres ({@code elevation}); 0 when ConfigDB gives none
 * @param timeZone       the site's IANA time zone ({@code tz}), when given and known
 * @param utcOffsetHours the site's offset from UTC in whole hours ({@code timezone}), when given; from -12 to 14
 */
public record SiteGeography(double latitude, double longitude, double elevation, Optional<ZoneId> timeZone,
    Optional<Integer> utcOffsetHours) {

  public SiteGeography {
    if (!(latitude >= -90 && latitude <= 90)) {
      throw new IllegalArgumentException("latitude: " + latitude + " is not a latitude from -90 to 90 degrees");
    }
    if (!(longitude >= -180 && longitude <= 180)) {
      throw new IllegalArgumentException("longitude: " + longitude + " is not a longitude from -180 to 180 degrees");
    }
    if (!Double.isFinite(elevation)) {
      throw new IllegalArgumentException("elevation: " + elevation + " is not a number of metres");
    }
    Objects.requireNonNull(timeZone, "timeZone");
    Objects.requireNonNull(utcOffsetHours, "utcOffsetHours");
    utcOffsetHours.ifPresent(hours -> {
      if (hours < -12 || hours > 14) {
        throw new IllegalArgumentException("utcOffsetHours: " + hours + " is not an offset from -12 to 14 hours");
      }
    });
  }

  /**
   * A geography with an IANA time zone name and a whole-hour offset, as ConfigDB gives them.
   *
   * @throws IllegalArgumentException naming the field when a value is out of range or the time zone is unknown
   */
  public static SiteGeography of(double latitude, double longitude, double elevation, String timeZone,
      int utcOffsetHours) {
    return new SiteGeography(latitude, longitude, elevation, Optional.of(zone(timeZone)), Optional.of(utcOffsetHours));
  }

  /**
   * The IANA time zone with this name ({@code Pacific/Honolulu}), kept as named (links such as {@code US/Hawaii} too).
   *
   * @throws IllegalArgumentException naming the field {@code timeZone} when no such zone is known
   */
  public static ZoneId zone(String name) {
    Objects.requireNonNull(name, "timeZone");
    if (!ZoneId.getAvailableZoneIds().contains(name)) {
      throw new IllegalArgumentException("timeZone: \"" + name + "\" is not a known IANA time zone");
    }
    return ZoneId.of(name);
  }

  /**
   * The local mean solar noon of {@code date} here: 12:00 UTC minus {@code longitude / 15} hours. Nights are counted
   * from it (see {@link org.observatory.downtime.core.port.out.DarknessCalculator}).
   */
  public Instant solarNoon(LocalDate date) {
    Instant noonUtc = date.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC);
    return noonUtc.minus(Duration.ofMillis(Math.round(longitude / 15 * 3_600_000)));
  }
}
