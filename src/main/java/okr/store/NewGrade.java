package okr.store;

import java.time.OffsetDateTime;
import okr.model.EntryKind;

/** A grade to append when a period is closed. */
public record NewGrade(
    OffsetDateTime at,
    String by,
    String period,
    EntryKind kind,
    String ref,
    double score,
    String note)
    implements JournalText {

  @Override
  public String toYaml() {
    StringBuilder out = new StringBuilder();
    out.append("- at: ").append(NewEntry.formatTime(at)).append('\n');
    if (by != null) {
      out.append("  by: ").append(YamlText.text(by)).append('\n');
    }
    // Period labels (2026-Q3, 2026-11, launch-sprint) read back as text when written plainly.
    String label =
        period.matches("[A-Za-z0-9][A-Za-z0-9-]*-[A-Za-z0-9-]+") ? period : YamlText.quoted(period);
    out.append("  grade: ").append(label).append('\n');
    out.append("  ").append(kind.key()).append(": ").append(ref).append('\n');
    out.append("  score: ").append(YamlText.number(Math.round(score * 100) / 100.0)).append('\n');
    if (note != null && !note.isBlank()) {
      out.append("  note: ").append(YamlText.quoted(note)).append('\n');
    }
    return out.toString();
  }
}
