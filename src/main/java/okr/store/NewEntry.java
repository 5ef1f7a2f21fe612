package okr.store;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import okr.model.EntryKind;

/**
 * A journal entry to append: a check-in, a KPI measurement or an objective note. Numbers and
 * booleans are typed; all free text is written so that it reads back identically.
 */
public record NewEntry(
    OffsetDateTime at,
    String by,
    EntryKind kind,
    String ref,
    Double value,
    Boolean done,
    Integer confidence,
    String progress,
    String plans,
    String problems)
    implements JournalText {

  private static final DateTimeFormatter AT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

  static String formatTime(OffsetDateTime time) {
    return time.format(AT);
  }

  @Override
  public String toYaml() {
    StringBuilder out = new StringBuilder();
    out.append("- at: ").append(at.format(AT)).append('\n');
    if (by != null) {
      out.append("  by: ").append(YamlText.text(by)).append('\n');
    }
    out.append("  ").append(kind.key()).append(": ").append(ref).append('\n');
    if (done != null) {
      out.append("  value: ").append(done).append('\n');
    } else if (value != null) {
      out.append("  value: ").append(YamlText.number(value)).append('\n');
    }
    if (confidence != null) {
      out.append("  confidence: ").append(confidence).append('\n');
    }
    text(out, "progress", progress);
    text(out, "plans", plans);
    text(out, "problems", problems);
    return out.toString();
  }

  private static void text(StringBuilder out, String key, String value) {
    if (value != null && !value.isEmpty()) {
      out.append("  ").append(key).append(": ").append(YamlText.quoted(value)).append('\n');
    }
  }
}
