import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The benchmark's data set, generated deterministically (seeded): a ConfigDB-format catalogue of 8 sites and 25
 * telescopes, and downtimes over it as JSON lines (for the CLI's import) or as PostgreSQL COPY text (for scaling
 * the table to a million rows quickly).
 *
 * <pre>
 * java bench/BenchData.java catalogue                      > sites.json
 * java bench/BenchData.java jsonl SEED COUNT FROM TO       > downtimes.jsonl
 * java bench/BenchData.java copy  SEED COUNT FROM TO NOWUS > rows.tsv
 * </pre>
 * FROM and TO are ISO instants bounding the starts; durations are uniform in [1 h, 14 d]; 20 % of the downtimes
 * name one instrument type of their telescope.
 */
public final class BenchData {

  record Telescope(String site, String enclosure, String code, List<String> instruments) { }

  static final String[][] NETWORK = {
      // site, enclosure, telescopes...
      {"ogg", "clma", "2m0a", "0m4b", "0m4c"},
      {"ogg", "clmb", "1m0a"},
      {"coj", "clma", "2m0a", "0m4a", "0m4b"},
      {"coj", "doma", "1m0a"},
      {"coj", "domb", "1m0a"},
      {"lsc", "doma", "1m0a"},
      {"lsc", "domb", "1m0a"},
      {"lsc", "domc", "1m0a"},
      {"lsc", "aqwa", "0m4a"},
      {"elp", "doma", "1m0a"},
      {"elp", "domb", "1m0a"},
      {"elp", "aqwa", "0m4a"},
      {"cpt", "doma", "1m0a"},
      {"cpt", "domb", "1m0a"},
      {"cpt", "domc", "1m0a"},
      {"tfn", "aqwa", "0m4a", "0m4b"},
      {"tfn", "doma", "1m0a"},
      {"sqa", "doma", "0m8a"},
      {"sqa", "domb", "0m4a"},
      {"tlv", "doma", "1m0a"},
  };

  static final String[] REASONS = {
      "Mirror recoat", "Engineering", "Weather station maintenance", "Instrument swap", "Dome shutter repair",
      "Education use", "Real-time observing block", "Network outage", "Cryocooler service", "Focus calibration",
  };

  public static void main(String[] args) throws IOException {
    BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
    switch (args[0]) {
      case "catalogue" -> catalogue(out);
      case "jsonl", "copy" -> downtimes(out, args);
      default -> throw new IllegalArgumentException("unknown mode " + args[0]);
    }
    out.flush();
  }

  static List<Telescope> telescopes() {
    List<Telescope> result = new ArrayList<>();
    for (String[] row : NETWORK) {
      for (int i = 2; i < row.length; i++) {
        String code = row[i];
        List<String> instruments = code.startsWith("2m0") ? List.of("2M0-SCICAM-MUSCAT", "2M0-FLOYDS-SCICAM")
            : code.startsWith("1m0") ? List.of("1M0-SCICAM-SINISTRO", "1M0-NRES-SCICAM")
            : List.of("0M4-SCICAM-SBIG", "0M4-SCICAM-QHY600");
        result.add(new Telescope(row[0], row[1], code, instruments));
      }
    }
    return result;
  }

  static void catalogue(BufferedWriter out) throws IOException {
    StringBuilder json = new StringBuilder("{\"count\":8,\"results\":[");
    String site = null;
    String enclosure = null;
    for (Telescope t : telescopes()) {
      if (!t.site().equals(site)) {
        if (site != null) {
          json.append("]}]},");
        }
        json.append("{\"code\":\"").append(t.site()).append("\",\"active\":true,\"enclosure_set\":[");
        site = t.site();
        enclosure = null;
      }
      if (!t.enclosure().equals(enclosure)) {
        if (enclosure != null) {
          json.append("]},");
        }
        json.append("{\"code\":\"").append(t.enclosure()).append("\",\"telescope_set\":[");
        enclosure = t.enclosure();
      } else {
        json.append(",");
      }
      json.append("{\"code\":\"").append(t.code()).append("\",\"instrument_set\":[");
      for (int i = 0; i < t.instruments().size(); i++) {
        json.append(i == 0 ? "" : ",").append("{\"instrument_type\":{\"code\":\"").append(t.instruments().get(i))
            .append("\"}}");
      }
      json.append("]}");
    }
    json.append("]}]}]}\n");
    out.write(json.toString());
  }

  static void downtimes(BufferedWriter out, String[] args) throws IOException {
    boolean copy = args[0].equals("copy");
    Random random = new Random(Long.parseLong(args[1]));
    long count = Long.parseLong(args[2]);
    long from = Instant.parse(args[3]).getEpochSecond();
    long to = Instant.parse(args[4]).getEpochSecond();
    long nowMicros = copy ? Long.parseLong(args[5]) : 0;
    List<Telescope> telescopes = telescopes();
    for (long n = 0; n < count; n++) {
      Telescope t = telescopes.get(random.nextInt(telescopes.size()));
      long start = from + (long) (random.nextDouble() * (to - from));
      long duration = 3600 + (long) (random.nextDouble() * (14 * 86400 - 3600));
      String instrument = random.nextInt(5) == 0 ? t.instruments().get(random.nextInt(t.instruments().size())) : "";
      String reason = REASONS[random.nextInt(REASONS.length)] + " #" + n;
      if (copy) {
        // start_us end_us site enclosure telescope instrument_type reason reason_folded created_us modified_us created_by
        out.write((start * 1_000_000) + "\t" + ((start + duration) * 1_000_000) + "\t" + t.site() + "\t"
            + t.enclosure() + "\t" + t.code() + "\t" + instrument + "\t" + reason + "\t" + reason.toLowerCase()
            + "\t" + nowMicros + "\t" + nowMicros + "\tbench\n");
      } else {
        out.write("{\"start\":\"" + Instant.ofEpochSecond(start) + "\",\"end\":\"" + Instant.ofEpochSecond(start + duration)
            + "\",\"site\":\"" + t.site() + "\",\"enclosure\":\"" + t.enclosure() + "\",\"telescope\":\"" + t.code()
            + "\",\"instrument_type\":\"" + instrument + "\",\"reason\":\"" + reason + "\"}\n");
      }
    }
  }
}
