package okr.store;

import java.time.OffsetDateTime;

/** A rename to append: entries that name {@code from} count for {@code to} from now on. */
public record NewRename(OffsetDateTime at, String by, String from, String to)
    implements JournalText {

  @Override
  public String toYaml() {
    return "- at: "
        + NewEntry.formatTime(at)
        + "\n"
        + (by == null ? "" : "  by: " + YamlText.text(by) + "\n")
        + "  renamed: "
        + from
        + "\n"
        + "  to: "
        + to
        + "\n";
  }
}
