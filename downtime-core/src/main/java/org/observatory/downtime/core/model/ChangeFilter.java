package org.observatory.downtime.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Which events of the change feed a client follows: those whose downtime is (or, on an update or deletion, was) at
 * the site, on the telescope and of the category given; an empty value matches any.
 *
 * @param site      the site code, e.g. {@code ogg}
 * @param telescope the telescope code, e.g. {@code 2m0a}
 * @param category  one of {@link Category#CODES}, e.g. {@code maintenance}
 */
public record ChangeFilter(Optional<String> site, Optional<String> telescope, Optional<String> category) {

  /** Every event. */
  public static final ChangeFilter ALL = new ChangeFilter(Optional.empty(), Optional.empty(), Optional.empty());

  public ChangeFilter {
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(telescope, "telescope");
    Objects.requireNonNull(category, "category");
  }

  /** Events at a site and on a telescope, of any category. */
  public ChangeFilter(Optional<String> site, Optional<String> telescope) {
    this(site, telescope, Optional.empty());
  }

  /** Whether the event is one this filter follows (the stores filter in their query; this is the same rule). */
  public boolean matches(ChangeEvent event) {
    return matches(event.downtime()) || matches(event.previous());
  }

  private boolean matches(Downtime downtime) {
    return downtime != null && site.map(downtime.site()::equals).orElse(true)
        && telescope.map(downtime.telescope()::equals).orElse(true)
        && category.map(downtime.category()::equals).orElse(true);
  }
}
