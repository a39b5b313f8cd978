package org.observatory.downtime.core.port.out;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.observatory.downtime.core.model.Night;
import org.observatory.downtime.core.model.SiteGeography;
import org.observatory.downtime.core.model.Twilight;

/**
 * For computing when it is dark at a site: the night of each local date, for a chosen {@link Twilight}.
 *
 * <p><b>Darkness</b> is the sun below the twilight's {@linkplain Twilight#altitude() altitude}: the geometric
 * altitude of the sun's centre above the astronomical horizon, with no refraction beyond what that altitude allows
 * for and no correction for the observer's height (as astroplan does); {@link SiteGeography#elevation()} is ignored.
 *
 * <p>The <b>night of local date D</b> is counted from {@linkplain SiteGeography#solarNoon local mean solar noon}
 * of D (12:00 UTC minus longitude/15 hours), written N below; N' = N + 24 h is the solar noon of D + 1.
 * <ul>
 *   <li>Darkness begins at the first moment in [N, N') when the sun goes below the altitude, and ends at the
 *       next moment it comes back above it.</li>
 *   <li><b>Polar night</b>: when the sun stays below the altitude from N to N', the night is dark from N to N':
 *       24 hours. A darkness that began on D and lasts through the whole of D + 1 (the start of a polar night)
 *       ends at N', where the polar night of D + 1 takes over.</li>
 *   <li><b>Polar day</b>: when the sun does not go below the altitude in [N, N'), the night has no darkness
 *       ({@link Night#withoutDarkness}, 0 hours). This includes the rare day when darkness still lasting at N
 *       ends and none begins before N' (that darkness belongs to the night of D − 1).</li>
 * </ul>
 * So the nights of consecutive dates never overlap, and every dark moment belongs to exactly one of them.
 *
 * <p>Times are exact to within a few minutes of a full solar ephemeris at mid latitudes; near the edge of a polar
 * day or night, when the sun only grazes the altitude, a boundary may move by more (or the grazing darkness may
 * be missed) because the crossing itself is ill-defined there. Implementations are pure computations: thread
 * safe, no I/O, and they never throw except as stated below.
 */
public interface DarknessCalculator {

  /**
   * The night of {@code localDate} at the site, as defined above.
   *
   * @param site      where; not null (only latitude and longitude are used)
   * @param localDate the date whose evening the night begins on; not null
   * @param twilight  how dark it must be; not null
   * @return the night, with {@link Night#localDate()} equal to {@code localDate}
   * @throws NullPointerException when an argument is null
   */
  Night night(SiteGeography site, LocalDate localDate, Twilight twilight);

  /**
   * The nights of every local date from {@code first} to {@code last}, both included, in date order.
   *
   * @param site     where; not null
   * @param first    the first local date; not null
   * @param last     the last local date, not before {@code first}; not null
   * @param twilight how dark it must be; not null
   * @return one night per date, each as {@link #night} gives it
   * @throws NullPointerException     when an argument is null
   * @throws IllegalArgumentException when {@code last} is before {@code first}
   */
  default List<Night> nights(SiteGeography site, LocalDate first, LocalDate last, Twilight twilight) {
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("last: " + last + " is before first " + first);
    }
    List<Night> nights = new ArrayList<>();
    for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
      nights.add(night(site, date, twilight));
    }
    return List.copyOf(nights);
  }
}
