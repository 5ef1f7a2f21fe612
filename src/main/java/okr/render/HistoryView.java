package okr.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okr.model.GoalChange;

/**
 * {@code okr history}: each change to an objective's or key result's title and goalposts, oldest
 * first, one line each: day, commit, author, what, old → new. Names and titles come from git and
 * the files, so every one is sanitized for the terminal.
 */
public final class HistoryView {

  private HistoryView() {}

  public static String text(String ref, List<GoalChange> changes, int width) {
    if (changes.isEmpty()) {
      return "no changes to the goals of `"
          + TerminalText.sanitize(ref)
          + "` in git history (its title, targets, baselines, stretches, weights, directions)\n";
    }
    StringBuilder out = new StringBuilder();
    for (GoalChange c : changes) {
      String when =
          c.commit() == null
              ? "uncommitted"
              : c.commit().when().toLocalDate() + "  " + c.commit().shortHash();
      String who = c.commit() == null ? "" : "  " + TerminalText.sanitize(c.commit().author());
      String head = when + who + "  " + TerminalText.sanitize(c.ref());
      String change = TerminalText.sanitize(c.describe());
      String line = head + "  " + change;
      if (Text.width(line) <= width) {
        out.append(line).append('\n');
      } else {
        // The change is the point of the line: it moves to lines of its own rather than be cut.
        out.append(Text.fit(head, width)).append('\n');
        for (String part : Text.wrap(change, Math.max(20, width - 4))) {
          out.append("    ").append(part).append('\n');
        }
      }
    }
    return out.toString();
  }

  /** The JSON document: docs/json.md, {@code okr history}. */
  public static String json(String ref, List<GoalChange> changes) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("format", 1);
    doc.put("kind", "history");
    doc.put("ref", ref);
    List<Map<String, Object>> list = new ArrayList<>();
    for (GoalChange c : changes) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("ref", c.ref());
      m.put("field", c.field());
      m.put("before", before(c));
      m.put("after", after(c));
      m.put("change", c.rise() > 0 ? "raised" : c.rise() < 0 ? "lowered" : "changed");
      m.put("commit", c.commit() == null ? null : c.commit().hash());
      m.put("author", c.commit() == null ? null : c.commit().author());
      m.put(
          "date",
          c.commit() == null
              ? null
              : c.commit().when().format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME));
      list.add(m);
    }
    doc.put("changes", list);
    return Json.pretty(doc);
  }

  /** The value before the change as JSON: {@link #value}. */
  static Object before(GoalChange c) {
    return value(c.field(), c.before(), c.beforeUnreadable());
  }

  /** The value after the change as JSON: {@link #value}. */
  static Object after(GoalChange c) {
    return value(c.field(), c.after(), c.afterUnreadable());
  }

  /**
   * Numbers as JSON numbers, written as in the file (70, not 70.0); words, and a value okr cannot
   * read ({@code 1_000} in an old version), as strings.
   */
  private static Object value(String field, String text, boolean unreadable) {
    if (text == null || unreadable || field.equals("title") || field.equals("direction")) {
      return text;
    }
    return new java.math.BigDecimal(text);
  }
}
