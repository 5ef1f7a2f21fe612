package okr.store;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Writes values as YAML text that reads back exactly as given: numbers in plain decimal, and text
 * either as a plain scalar, when nothing in it could be read differently, or as a double-quoted
 * scalar with every character outside YAML's printable set escaped.
 */
public final class YamlText {

  /** Plain text that YAML 1.2 (and a 1.1 reader) can only read as the same string. */
  private static final Pattern SAFE_PLAIN =
      Pattern.compile("[\\p{L}][\\p{L}\\p{N} ,.'()/%+&!?€$£-]*[\\p{L}\\p{N}.)%!?€$£']|[\\p{L}]");

  private static final Pattern SPECIAL_WORD =
      Pattern.compile("(?i)(y|n|yes|no|true|false|on|off|null|nan|inf)", Pattern.CASE_INSENSITIVE);

  private YamlText() {}

  /** Text as a scalar: plain when safe, else double-quoted. */
  public static String text(String value) {
    if (SAFE_PLAIN.matcher(value).matches()
        && !SPECIAL_WORD.matcher(value).matches()
        && !value.contains(" -")
        && !value.contains("  ")) {
      return value;
    }
    return quoted(value);
  }

  /** Text as a double-quoted scalar; every value reads back identically. */
  public static String quoted(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); ) {
      int cp = value.codePointAt(i);
      i += Character.charCount(cp);
      switch (cp) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        case 0 -> out.append("\\0");
        default -> {
          if (printable(cp)) {
            out.appendCodePoint(cp);
          } else if (cp <= 0xFF) {
            out.append(String.format(Locale.ROOT, "\\x%02X", cp));
          } else if (cp <= 0xFFFF) {
            out.append(String.format(Locale.ROOT, "\\u%04X", cp));
          } else {
            out.append(String.format(Locale.ROOT, "\\U%08X", cp));
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /**
   * YAML's c-printable set, less the characters some readers take as line breaks (NEL, LS, PS) and
   * the byte-order mark: those are escaped so the text reads back the same anywhere. Bidi controls
   * and zero-width characters are escaped too, so a file okr writes never looks, in an editor or a
   * diff, different from what it holds.
   */
  private static boolean printable(int cp) {
    if (cp == 0x85 || cp == 0x2028 || cp == 0x2029 || cp == 0xFEFF) {
      return false;
    }
    if (cp == 0x061C
        || (cp >= 0x200B && cp <= 0x200F)
        || (cp >= 0x202A && cp <= 0x202E)
        || (cp >= 0x2060 && cp <= 0x2069)) {
      return false;
    }
    return (cp >= 0x20 && cp <= 0x7E)
        || (cp >= 0xA0 && cp <= 0xD7FF)
        || (cp >= 0xE000 && cp <= 0xFFFD)
        || (cp >= 0x10000 && cp <= 0x10FFFF);
  }

  /** A number as the format reads it: plain decimal, no exponent, no grouping. */
  public static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return new java.math.BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
  }
}
