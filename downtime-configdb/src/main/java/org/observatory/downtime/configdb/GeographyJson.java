package org.observatory.downtime.configdb;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.ZoneId;
import java.util.Optional;
import java.util.OptionalDouble;
import org.observatory.downtime.core.model.SiteGeography;

/**
 * Reads where a ConfigDB site stands: {@code lat}, {@code long} (degrees, east positive), {@code elevation} (m),
 * {@code tz} (IANA name) and {@code timezone} (whole hours).
 *
 * <p>A site whose {@code lat} or {@code long} is missing, null, not a number or out of range has no geography. The
 * other fields are optional: a missing elevation counts as 0, and an unknown time zone or an offset that is not a
 * whole number of hours from -12 to 14 is left out, without losing the coordinates. Never throws.
 */
final class GeographyJson {

  private GeographyJson() {
  }

  static Optional<SiteGeography> read(JsonNode site) {
    OptionalDouble latitude = number(site.get("lat"));
    OptionalDouble longitude = number(site.get("long"));
    if (latitude.isEmpty() || longitude.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new SiteGeography(latitude.getAsDouble(), longitude.getAsDouble(),
          number(site.get("elevation")).orElse(0), zone(site.get("tz")), hours(site.get("timezone"))));
    } catch (IllegalArgumentException outOfRange) {
      return Optional.empty();
    }
  }

  private static OptionalDouble number(JsonNode node) {
    if (node != null && node.isNumber() && Double.isFinite(node.asDouble())) {
      return OptionalDouble.of(node.asDouble());
    }
    if (node != null && node.isTextual()) {
      try {
        double value = Double.parseDouble(node.asText().strip());
        return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
      } catch (NumberFormatException notANumber) {
        return OptionalDouble.empty();
      }
    }
    return OptionalDouble.empty();
  }

  private static Optional<ZoneId> zone(JsonNode node) {
    try {
      return ConfigDbJson.text(node).map(SiteGeography::zone);
    } catch (IllegalArgumentException unknown) {
      return Optional.empty();
    }
  }

  private static Optional<Integer> hours(JsonNode node) {
    OptionalDouble value = number(node);
    if (value.isEmpty() || value.getAsDouble() != Math.rint(value.getAsDouble())) {
      return Optional.empty();
    }
    int hours = (int) value.getAsDouble();
    return hours >= -12 && hours <= 14 ? Optional.of(hours) : Optional.empty();
  }
}
