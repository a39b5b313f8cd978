package org.observatory.downtime.core.query;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Function;
import org.observatory.downtime.core.model.Downtime;

/** A field a downtime list can be ordered by, named as in the API representation. */
public enum SortField {
  ID("id", Comparator.comparingLong(Downtime::id)),
  START("start", Comparator.comparing(Downtime::start)),
  END("end", Comparator.comparing(Downtime::end)),
  CREATED("created", Comparator.comparing(Downtime::created)),
  MODIFIED("modified", Comparator.comparing(Downtime::modified)),
  SITE("site", byText(Downtime::site)),
  ENCLOSURE("enclosure", byText(Downtime::enclosure)),
  TELESCOPE("telescope", byText(Downtime::telescope)),
  INSTRUMENT_TYPE("instrument_type", byText(Downtime::instrumentType)),
  REASON("reason", byText(Downtime::reason)),
  CREATED_BY("created_by", byText(Downtime::createdBy));

  private final String apiName;
  private final Comparator<Downtime> comparator;

  SortField(String apiName, Comparator<Downtime> comparator) {
    this.apiName = apiName;
    this.comparator = comparator;
  }

  /** The name of the field in the API representation and in {@code order}/{@code ordering}. */
  public String apiName() {
    return apiName;
  }

  /** Ascending order on this field; text compares by Unicode code point (SQL stores use a binary collation). */
  public Comparator<Downtime> comparator() {
    return comparator;
  }

  /** The field with this API name, if any. */
  public static Optional<SortField> byApiName(String name) {
    return Arrays.stream(values()).filter(field -> field.apiName.equals(name)).findFirst();
  }

  private static Comparator<Downtime> byText(Function<Downtime, String> text) {
    return (a, b) -> compareCodePoints(text.apply(a), text.apply(b));
  }

  /** Compares two strings by Unicode code point, the order of UTF-8 bytes (SQLite BINARY, PostgreSQL "C"). */
  static int compareCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
