package org.observatory.downtime.core.model;

import java.util.Objects;

/**
 * One field of a write exactly as an adapter received it, before any reading: text, a null, or a value of another
 * kind (a JSON number, boolean, list or object).
 *
 * @param kind what was received
 * @param text for {@link Kind#TEXT} the text itself; for the other kinds the value as the old service (Python) wrote
 *             it in messages, e.g. {@code 5}, {@code True}, {@code ['ogg']}; {@code "None"} for {@link Kind#NULL}
 */
public record RawValue(Kind kind, String text) {

  /** What kind of value was received. */
  public enum Kind { TEXT, NULL, NUMBER, BOOLEAN, LIST, OBJECT }

  /** A null (JSON {@code null}). */
  public static final RawValue NULL = new RawValue(Kind.NULL, "None");

  public RawValue {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }

  /** Text as received. */
  public static RawValue text(String text) {
    return new RawValue(Kind.TEXT, text);
  }

  /** Text, or {@code null} (absent) for a {@code null} argument. */
  public static RawValue textOrAbsent(String text) {
    return text == null ? null : text(text);
  }

  public boolean isText() {
    return kind == Kind.TEXT;
  }

  public boolean isNull() {
    return kind == Kind.NULL;
  }

  /** Whether this is no value at all: a null, or blank text. */
  public boolean isBlank() {
    return kind == Kind.NULL || (kind == Kind.TEXT && text.isBlank());
  }
}
