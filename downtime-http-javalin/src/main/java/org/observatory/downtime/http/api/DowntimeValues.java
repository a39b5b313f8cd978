package org.observatory.downtime.http.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.observatory.downtime.core.model.Timestamps;

/**
 * Writes the values of the downtimes of one answer that repeat or have a fixed shape: the codes (site, enclosure,
 * telescope, instrument type, creator, category) are escaped and encoded once per answer, the times are written as
 * ASCII bytes without a {@code String}. The output is the same as {@link JsonGenerator#writeString(String)}'s; this
 * only spares the work (character-by-character escaping was the largest cost of a 350-row list answer). One per
 * answer, not thread-safe.
 */
final class DowntimeValues {

  // Codes are few; a longer value would hardly repeat, so it is written as it is.
  private static final int LONGEST_CODE = 64;

  private final Map<String, SerializedString> codes = new HashMap<>();
  private final byte[] time = new byte[Timestamps.FORMATTED_LENGTH];

  void code(JsonGenerator g, String value) throws IOException {
    SerializedString encoded = value == null || value.length() > LONGEST_CODE ? null
        : codes.computeIfAbsent(value, DowntimeValues::encodable);
    if (encoded == null) {
      g.writeString(value);
    } else {
      g.writeString(encoded);
    }
  }

  // The generator writes a character outside the Basic Multilingual Plane as two escaped surrogates, the pre-encoded
  // form as its UTF-8 bytes: such values are left to the generator (null is not kept, so they are checked again).
  private static SerializedString encodable(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (Character.isSurrogate(value.charAt(i))) {
        return null;
      }
    }
    return new SerializedString(value);
  }

  void time(JsonGenerator g, Instant value) throws IOException {
    if (Timestamps.formatAscii(value, time, 0)) {
      // Digits, '-', ':', 'T' and 'Z' need no escaping.
      g.writeRawUTF8String(time, 0, time.length);
    } else {
      g.writeString(Timestamps.format(value));
    }
  }
}
