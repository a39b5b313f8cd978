package org.observatory.downtime.http.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.CharTypes;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import org.observatory.downtime.core.model.TimestampWriter;
import org.observatory.downtime.core.model.Timestamps;

/**
 * The JSON text of one answer, written as bytes: the same bytes Jackson's generator writes for the same values
 * (strings escaped with Jackson's own escape table, UTF-8 otherwise), without its per-value bookkeeping, which was the
 * largest cost of a 350-row list answer. Codes (site, telescope, ...) are encoded once per answer; strings with a
 * character outside the Basic Multilingual Plane are left to Jackson, which escapes each half of the pair. One per
 * answer, not thread-safe.
 */
final class JsonBytes {

  private static final int[] ESCAPES = CharTypes.get7BitOutputEscapes();
  private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] NULL = {'n', 'u', 'l', 'l'};
  // Codes are few; a longer value would hardly repeat, so it is encoded where it appears.
  private static final int LONGEST_CODE = 64;

  private final ObjectMapper mapper;
  // Keyed by identity: the repository hands out one String per distinct code of a read.
  private final Map<String, byte[]> codes = new IdentityHashMap<>();
  private final TimestampWriter times = new TimestampWriter();
  private byte[] bytes;
  private int size;

  JsonBytes(ObjectMapper mapper, int capacity) {
    this.mapper = mapper;
    this.bytes = new byte[Math.max(64, capacity)];
  }

  /** Text that needs no escaping: punctuation, field names with their quotes and colons. */
  JsonBytes raw(byte[] text) {
    ensure(text.length);
    System.arraycopy(text, 0, bytes, size, text.length);
    size += text.length;
    return this;
  }

  JsonBytes raw(char c) {
    ensure(1);
    bytes[size++] = (byte) c;
    return this;
  }

  JsonBytes number(long value) {
    if (value < 0) {
      return raw(Long.toString(value).getBytes(StandardCharsets.US_ASCII));
    }
    int digits = 1;
    for (long rest = value / 10; rest > 0; rest /= 10) {
      digits++;
    }
    ensure(digits);
    long rest = value;
    for (int at = size + digits - 1; at >= size; at--) {
      bytes[at] = (byte) ('0' + rest % 10);
      rest /= 10;
    }
    size += digits;
    return this;
  }

  JsonBytes nullable(Long value) {
    return value == null ? raw(NULL) : number(value);
  }

  /** An instant in the contract's form, {@code "YYYY-MM-DDTHH:MM:SSZ"}. */
  JsonBytes time(Instant value) {
    ensure(Timestamps.FORMATTED_LENGTH + 2);
    bytes[size] = '"';
    if (times.write(value, bytes, size + 1)) {
      size += Timestamps.FORMATTED_LENGTH + 1;
      return raw('"');
    }
    return string(Timestamps.format(value));
  }

  /** A short value that repeats across the answer: encoded on its first appearance, copied afterwards. */
  JsonBytes code(String value) {
    if (value == null || value.length() > LONGEST_CODE) {
      return string(value);
    }
    byte[] encoded = codes.get(value);
    if (encoded == null) {
      int start = size;
      string(value);
      encoded = Arrays.copyOfRange(bytes, start, size);
      codes.put(value, encoded);
      return this;
    }
    return raw(encoded);
  }

  /** A string value, quoted and escaped, or {@code null}. */
  JsonBytes string(String value) {
    if (value == null) {
      return raw(NULL);
    }
    int length = value.length();
    ensure(length * 6 + 2);
    int at = size;
    bytes[at++] = '"';
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      if (c < 0x80) {
        int escape = ESCAPES[c];
        if (escape == 0) {
          bytes[at++] = (byte) c;
        } else if (escape > 0) {
          bytes[at++] = '\\';
          bytes[at++] = (byte) escape;
        } else {
          bytes[at++] = '\\';
          bytes[at++] = 'u';
          bytes[at++] = '0';
          bytes[at++] = '0';
          bytes[at++] = HEX[c >> 4];
          bytes[at++] = HEX[c & 0xF];
        }
      } else if (c < 0x800) {
        bytes[at++] = (byte) (0xC0 | (c >> 6));
        bytes[at++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isSurrogate(c)) {
        return generated(value);
      } else {
        bytes[at++] = (byte) (0xE0 | (c >> 12));
        bytes[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        bytes[at++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    bytes[at++] = '"';
    size = at;
    return this;
  }

  byte[] toByteArray() {
    return Arrays.copyOf(bytes, size);
  }

  // Jackson writes each half of a surrogate pair as an escape: the rare value holding one is written by Jackson.
  private JsonBytes generated(String value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(value.length() * 6 + 2);
    try (JsonGenerator generator = mapper.getFactory().createGenerator(out)) {
      generator.writeString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return raw(out.toByteArray());
  }

  private void ensure(int more) {
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }
  }
}
