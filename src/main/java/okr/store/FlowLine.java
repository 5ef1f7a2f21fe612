package okr.store;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Builds one journal line, {@code - {id: ..., at: ..., key: value}}: a YAML flow mapping in a list.
 * Values are written so that they read back identically: numbers as plain decimals, ids and
 * references plainly, other text plainly only when no YAML reader could take it for anything else.
 */
final class FlowLine {

  private static final DateTimeFormatter AT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

  /**
   * Text that is a plain scalar in flow context too: words of letters, digits and {@code . _ @ -}
   * separated by single spaces, with no indicator ({@code , [ ] { } : #}) anywhere.
   */
  private static final Pattern FLOW_PLAIN =
      Pattern.compile("\\p{L}[\\p{L}\\p{N}._@-]*( [\\p{L}\\p{N}._@-]+)*");

  private static final Pattern SPECIAL_WORD =
      Pattern.compile("(?i)(y|n|yes|no|true|false|on|off|null|nan|inf)");

  /** Ids, references and period labels as okr makes them. */
  private static final Pattern WORD = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/-]*");

  private final StringBuilder out;
  private boolean first = true;

  /** A journal line, {@code - {...}}. */
  FlowLine() {
    out = new StringBuilder(160).append("- {");
  }

  private FlowLine(String start) {
    out = new StringBuilder(80).append(start);
  }

  /** A mapping inside a line, {@code {...}}, for {@link #map}. */
  static FlowLine nested() {
    return new FlowLine("{");
  }

  /** A mapping made with {@link #nested()} as the value of {@code key}. */
  FlowLine map(String key, FlowLine inner) {
    if (inner != null) {
      key(key).append(inner.out.toString()).append("}");
    }
    return this;
  }

  static String time(OffsetDateTime time) {
    return time.format(AT);
  }

  private FlowLine key(String key) {
    out.append(first ? "" : ", ").append(key).append(": ");
    first = false;
    return this;
  }

  /** An id, a reference or a label: plain when it is one word as okr writes them. */
  FlowLine word(String key, String value) {
    if (value != null) {
      key(key).append(WORD.matcher(value).matches() ? value : YamlText.quoted(value));
    }
    return this;
  }

  FlowLine time(String key, OffsetDateTime value) {
    key(key).append(time(value));
    return this;
  }

  /** A person's name: plain when it is one simple word, else double-quoted. */
  FlowLine name(String key, String value) {
    if (value != null) {
      boolean plain = FLOW_PLAIN.matcher(value).matches() && !SPECIAL_WORD.matcher(value).matches();
      key(key).append(plain ? value : YamlText.quoted(value));
    }
    return this;
  }

  /** Free text, always double-quoted with YAML escapes; nothing when empty. */
  FlowLine text(String key, String value) {
    if (value != null && !value.isEmpty()) {
      key(key).append(YamlText.quoted(value));
    }
    return this;
  }

  FlowLine number(String key, Double value) {
    if (value != null) {
      key(key).append(YamlText.number(value));
    }
    return this;
  }

  FlowLine bool(String key, Boolean value) {
    if (value != null) {
      key(key).append(String.valueOf(value));
    }
    return this;
  }

  FlowLine integer(String key, Integer value) {
    if (value != null) {
      key(key).append(String.valueOf(value.intValue()));
    }
    return this;
  }

  private FlowLine append(String text) {
    out.append(text);
    return this;
  }

  String end() {
    return out.append("}\n").toString();
  }
}
