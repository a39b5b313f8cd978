package org.observatory.downtime.http.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * A JSON value as the old service wrote it in its messages: Python's {@code str()} of what {@code json.loads} made
 * of it ({@code ['ogg']}, {@code {'a': 1}}, {@code True}, {@code None}, {@code 100000.0}). DRF's ChoiceField refuses
 * such a value as {@code "<str(value)>" is not a valid choice.}, and its CharField stores a number as that text.
 */
final class PythonText {

  private PythonText() {
  }

  /** Python's {@code str()} of the value: a string is itself, anything else is its {@code repr()}. */
  static String str(JsonNode node) {
    return node.isTextual() ? node.textValue() : repr(node);
  }

  /** Python's {@code repr()} of the value. */
  static String repr(JsonNode node) {
    StringBuilder out = new StringBuilder();
    repr(node, out);
    return out.toString();
  }

  private static void repr(JsonNode node, StringBuilder out) {
    if (node.isTextual()) {
      string(node.textValue(), out);
    } else if (node.isNull() || node.isMissingNode()) {
      out.append("None");
    } else if (node.isBoolean()) {
      out.append(node.booleanValue() ? "True" : "False");
    } else if (node.isIntegralNumber()) {
      out.append(node.bigIntegerValue());
    } else if (node.isNumber()) {
      out.append(decimal(node.doubleValue()));
    } else if (node.isArray()) {
      out.append('[');
      for (int i = 0; i < node.size(); i++) {
        out.append(i == 0 ? "" : ", ");
        repr(node.get(i), out);
      }
      out.append(']');
    } else {
      out.append('{');
      Iterator<Map.Entry<String, JsonNode>> members = node.fields();
      for (boolean first = true; members.hasNext(); first = false) {
        Map.Entry<String, JsonNode> member = members.next();
        out.append(first ? "" : ", ");
        string(member.getKey(), out);
        out.append(": ");
        repr(member.getValue(), out);
      }
      out.append('}');
    }
  }

  // unicode_repr: single quotes unless the text holds a ' and no ", backslash escapes, printable characters kept.
  private static void string(String text, StringBuilder out) {
    char quote = text.indexOf('\'') >= 0 && text.indexOf('"') < 0 ? '"' : '\'';
    out.append(quote);
    text.codePoints().forEach(c -> {
      if (c == quote || c == '\\') {
        out.append('\\').appendCodePoint(c);
      } else if (c == '\t') {
        out.append("\\t");
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c < ' ' || c == 0x7f) {
        out.append(String.format(Locale.ROOT, "\\x%02x", c));
      } else if (c < 0x7f || printable(c)) {
        out.appendCodePoint(c);
      } else if (c <= 0xff) {
        out.append(String.format(Locale.ROOT, "\\x%02x", c));
      } else if (c <= 0xffff) {
        out.append(String.format(Locale.ROOT, "\\u%04x", c));
      } else {
        out.append(String.format(Locale.ROOT, "\\U%08x", c));
      }
    });
    out.append(quote);
  }

  // Python's str.isprintable: not a control, format, surrogate, private-use, unassigned or separator character.
  private static boolean printable(int c) {
    return switch (Character.getType(c)) {
      case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
           Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR -> false;
      default -> true;
    };
  }

  // float.__repr__: the shortest digits, positional from 1e-4 up to 1e16, scientific (1e+16, 1e-05) beyond.
  static String decimal(double value) {
    if (Double.isNaN(value)) {
      return "nan";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "inf" : "-inf";
    }
    if (value == 0) {
      return 1 / value < 0 ? "-0.0" : "0.0";
    }
    BigDecimal shortest = new BigDecimal(Double.toString(Math.abs(value))).stripTrailingZeros();
    String digits = shortest.unscaledValue().toString();
    int exponent = digits.length() - 1 - shortest.scale();
    String sign = value < 0 ? "-" : "";
    if (exponent >= -4 && exponent < 16) {
      String plain = shortest.toPlainString();
      return sign + (plain.indexOf('.') < 0 ? plain + ".0" : plain);
    }
    String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format(Locale.ROOT, "%02d", Math.abs(exponent));
  }
}
