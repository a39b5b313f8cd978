package org.observatory.downtime.sun;

import static java.lang.Math.acos;
import static java.lang.Math.asin;
import static java.lang.Math.cos;
import static java.lang.Math.sin;
import static java.lang.Math.tan;
import static java.lang.Math.toDegrees;
import static java.lang.Math.toRadians;

import java.time.Instant;

/**
 * The sun's geometric altitude by NOAA's general solar position equations (the NOAA Solar Calculator spreadsheet,
 * after Meeus): Julian century, geometric mean longitude and anomaly, equation of centre, apparent longitude,
 * corrected obliquity, declination, equation of time, hour angle. Written here independently of commons-suncalc
 * (which uses Montenbruck and Pfleger's series and sidereal time) so that each checks the other.
 */
final class NoaaSolarPosition {

  private NoaaSolarPosition() {
  }

  /** The altitude of the sun's centre above the astronomical horizon, in degrees, without refraction. */
  static double altitude(double latitude, double longitude, Instant time) {
    Sun sun = Sun.at(time);
    double minutesOfDay = Math.floorMod(time.getEpochSecond(), 86_400L) / 60.0 + time.getNano() / 6e10;
    double trueSolarMinutes = minutesOfDay + sun.equationOfTimeMinutes() + 4 * longitude;
    double hourAngle = toRadians(trueSolarMinutes / 4 - 180);
    double lat = toRadians(latitude);
    double cosZenith = sin(lat) * sin(sun.declination()) + cos(lat) * cos(sun.declination()) * cos(hourAngle);
    return 90 - toDegrees(acos(Math.max(-1, Math.min(1, cosZenith))));
  }

  /** The equation of time (apparent minus mean solar time) in minutes at this instant. */
  static double equationOfTimeMinutes(Instant time) {
    return Sun.at(time).equationOfTimeMinutes();
  }

  /** The sun's declination (radians) and the equation of time (minutes) at one instant. */
  private record Sun(double declination, double equationOfTimeMinutes) {

    static Sun at(Instant time) {
      double julianDay = (time.getEpochSecond() + time.getNano() / 1e9) / 86_400 + 2_440_587.5;
      double t = (julianDay - 2_451_545) / 36_525;
      double meanLongitude = toRadians(Math.IEEEremainder(280.46646 + t * (36_000.76983 + t * 0.0003032), 360));
      double meanAnomaly = toRadians(357.52911 + t * (35_999.05029 - 0.0001537 * t));
      double eccentricity = 0.016708634 - t * (0.000042037 + 0.0000001267 * t);
      double centre = sin(meanAnomaly) * (1.914602 - t * (0.004817 + 0.000014 * t))
          + sin(2 * meanAnomaly) * (0.019993 - 0.000101 * t) + sin(3 * meanAnomaly) * 0.000289;
      double omega = toRadians(125.04 - 1934.136 * t);
      double apparentLongitude = toRadians(toDegrees(meanLongitude) + centre - 0.00569 - 0.00478 * sin(omega));
      double meanObliquity = 23 + (26 + (21.448 - t * (46.815 + t * (0.00059 - t * 0.001813))) / 60) / 60;
      double obliquity = toRadians(meanObliquity + 0.00256 * cos(omega));
      double declination = asin(sin(obliquity) * sin(apparentLongitude));
      double y = tan(obliquity / 2) * tan(obliquity / 2);
      double equationOfTime = 4 * toDegrees(y * sin(2 * meanLongitude)
          - 2 * eccentricity * sin(meanAnomaly)
          + 4 * eccentricity * y * sin(meanAnomaly) * cos(2 * meanLongitude)
          - 0.5 * y * y * sin(4 * meanLongitude)
          - 1.25 * eccentricity * eccentricity * sin(2 * meanAnomaly));
      return new Sun(declination, equationOfTime);
    }
  }
}
