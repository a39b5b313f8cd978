package org.observatory.downtime.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.DowntimeDraft;
import org.observatory.downtime.core.query.DowntimeQuery;
import org.observatory.downtime.core.query.DowntimeQueryBuilder;
import org.observatory.downtime.core.query.SiteWindow;
import org.observatory.downtime.core.query.SortField;
import org.observatory.downtime.core.query.SortKey;

/** Random downtimes and random queries over them, reproducible from a seed, for the differential test. */
final class RandomDowntimes {

  static final List<String> SITES = List.of("ogg", "coj", "lsc", "elp", "cpt");
  static final List<String> ENCLOSURES = List.of("clma", "doma", "domb", "aqwa");
  static final List<String> TELESCOPES = List.of("2m0a", "1m0a", "0m4a", "0m4b", "1m0c");
  static final List<String> INSTRUMENT_TYPES =
      List.of("", "", "", "1M0-SCICAM-SINISTRO", "2M0-FLOYDS-SCICAM", "0M4-SCICAM-SBIG", "Ünï-TYPE");
  // Mixed case, accents, scripts whose case folding changes length (İ, ß), astral characters, LIKE wildcards.
  static final List<String> FRAGMENTS = List.of("Mirror", "mirror", "MIRROR", "recoat", "Ünïcode", "ünÏcode", "星",
      "😀", "100%", "_", "\\", "a_b", "a%b", "Wartung", "ÉCLAIRAGE", "éclairage", "İstanbul", "STRASSE", "straße",
      "ΣΑΣ", "σας", "Dome", "'quote'", "\"dq\"", "x");
  static final List<String> CATEGORIES = List.of("", "", "maintenance", "engineering", "education", "realtime",
      "weather", "other");
  static final Instant BASE = Instant.parse("2020-01-01T00:00:00Z");
  static final long SPAN_SECONDS = Duration.ofDays(4 * 365).toSeconds();

  private final Random random;

  RandomDowntimes(long seed) {
    random = new Random(seed);
  }

  DowntimeDraft draft(Long seriesId) {
    Instant start = BASE.plusSeconds(random.nextLong(SPAN_SECONDS)).plusNanos(random.nextInt(1_000_000) * 1000L);
    long minutes = random.nextInt(20) == 0 ? 1 + random.nextInt(90 * 24 * 60) : 1 + random.nextInt(14 * 24 * 60);
    return new DowntimeDraft(start, start.plus(Duration.ofMinutes(minutes)).plusNanos(random.nextInt(1000) * 1000L),
        pick(SITES), pick(ENCLOSURES), pick(TELESCOPES), pick(INSTRUMENT_TYPES), reason(), pick(List.of("", "ada", "Bob", "zoë")),
        seriesId, pick(CATEGORIES));
  }

  String reason() {
    int parts = random.nextInt(4);
    List<String> words = new ArrayList<>();
    for (int i = 0; i < parts; i++) {
      words.add(pick(FRAGMENTS));
    }
    return String.join(random.nextBoolean() ? " " : "", words);
  }

  DowntimeQuery query(List<Downtime> stored) {
    DowntimeQueryBuilder q = DowntimeQuery.builder();
    if (chance(4)) {
      q.site(some(SITES, "nop"));
    }
    if (chance(6)) {
      q.enclosure(some(ENCLOSURES, "zzzz"));
    }
    if (chance(6)) {
      q.telescope(some(TELESCOPES, "9m9z"));
    }
    if (chance(6)) {
      q.instrumentType(some(INSTRUMENT_TYPES, "NONE"));
    }
    if (chance(2)) {
      Instant from = instant(stored, true);
      q.overlapping(from, from.plus(Duration.ofDays(random.nextInt(30))));
    }
    if (chance(6)) {
      q.startsAfter(instant(stored, true));
    }
    if (chance(6)) {
      q.startsBefore(instant(stored, true));
    }
    if (chance(8)) {
      q.endsBefore(instant(stored, false));
    }
    if (chance(8)) {
      Downtime d = stored.get(random.nextInt(stored.size()));
      q.createdAfter(d.created()).createdBefore(random.nextBoolean() ? null : d.created().plusSeconds(random.nextInt(600)));
    }
    if (chance(8)) {
      Downtime d = stored.get(random.nextInt(stored.size()));
      q.modifiedAfter(random.nextBoolean() ? null : d.modified()).modifiedBefore(d.modified());
    }
    if (chance(4)) {
      String fragment = pick(FRAGMENTS);
      int from = random.nextInt(fragment.length());
      String needle = fragment.substring(from, from + 1 + random.nextInt(fragment.length() - from));
      // never cut a surrogate pair: a lone surrogate is not text a client can send
      q.reasonContains(Character.isSurrogate(needle.charAt(0)) || Character.isSurrogate(needle.charAt(needle.length() - 1))
          ? fragment : needle);
    }
    if (chance(10)) {
      String reason = stored.get(random.nextInt(stored.size())).reason();
      q.reasonExact(random.nextBoolean() ? reason : reason.toUpperCase(java.util.Locale.ROOT));
    }
    if (chance(15)) {
      q.seriesId(1L + random.nextInt(5));
    }
    if (chance(5)) {
      q.category(some(CATEGORIES, "party"));
    }
    if (chance(5)) {
      q.darkness(darkness(stored));
    }
    List<SortKey> order = new ArrayList<>();
    for (int i = random.nextInt(4); i > 0; i--) {
      SortField field = SortField.values()[random.nextInt(SortField.values().length)];
      order.add(random.nextBoolean() ? SortKey.asc(field) : SortKey.desc(field));
    }
    q.order(order);
    q.limit(pick(List.of(1, 2, 5, 10, 50, 1000, DowntimeQuery.UNLIMITED)));
    q.offset(pick(List.of(0, 0, 0, 1, 3, 10, 100, 2000)));
    return q.build();
  }

  // One night's darkness at a few sites (as the night filter resolves it); sometimes none at all (polar day).
  private List<SiteWindow> darkness(List<Downtime> stored) {
    List<SiteWindow> windows = new ArrayList<>();
    Instant dusk = instant(stored, true);
    for (String site : some(SITES, "nop")) {
      if (!chance(12)) {
        Instant from = dusk.plusSeconds(random.nextInt(6 * 3600) - 3 * 3600L);
        windows.add(new SiteWindow(site, from, from.plusSeconds(random.nextInt(14 * 3600))));
      }
    }
    return windows;
  }

  private Instant instant(List<Downtime> stored, boolean start) {
    if (chance(3)) {
      Downtime d = stored.get(random.nextInt(stored.size()));
      return start ? d.start() : d.end();
    }
    return BASE.plusSeconds(random.nextLong(SPAN_SECONDS));
  }

  private String[] some(List<String> pool, String unknown) {
    Set<String> chosen = new java.util.LinkedHashSet<>();
    for (int i = 1 + random.nextInt(3); i > 0; i--) {
      chosen.add(chance(10) ? unknown : pick(pool));
    }
    return chosen.toArray(String[]::new);
  }

  boolean chance(int oneIn) {
    return random.nextInt(oneIn) == 0;
  }

  <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  int nextInt(int bound) {
    return random.nextInt(bound);
  }
}
