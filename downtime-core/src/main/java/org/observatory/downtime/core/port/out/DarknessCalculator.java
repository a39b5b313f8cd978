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
 * <p>The <b>night of local date D</b> is the darkness that begins after {@linkplain SiteGeography#solarNoon local
 * mean solar noon} of D (12:00 UTC minus longitude/15 hours), written N below, and ends at the next crossing back;
 * each night lies within its own day [N, N'], where N' = N + 24 h is the solar noon of D + 1:
 * <ul>
 *   <li>It begins at the first moment in [N, N') when the sun goes below the altitude; if there is none but the sun
 *       is already below at N, at N.</li>
 *   <li>It ends at the next moment the sun comes back above the altitude, or at N' if the sun is still below then
 *       (the night of D + 1 then begins at N').</li>
 *   <li><b>Polar night</b>: when the sun stays below the altitude from N to N', the night is dark from N to N':
 *       24 hours.</li>
 *   <li><b>Polar day</b>: when the sun is above the altitude at N and does not go below it before N', the night has
 *       no darkness ({@link Night#withoutDarkness}, 0 hours).</li>
 * </ul>
 * So the nights of consecutive dates never overlap. Away from the polar circles the sun is always up at N and N',
 * and the night is simply sunset to sunrise at the altitude. Only at the edge of a polar night, when the sun shows
 * for minutes around noon, can a few minutes of darkness (between N and that brief sunrise) belong to no night.
 *
 * <p>Implementations are expected to agree with an accurate solar ephemeris to within two minutes. When the sun
 * only grazes the altitude (its lowest point within a few thousandths of a degree of it), whether there is darkness
 * at all is beyond any ephemeris' accuracy: such a night may be a minute or two long in one implementation and
 * without darkness in another. Implementations are pure computations: thread safe, no I/O, and they never throw
 * except as stated below.
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
