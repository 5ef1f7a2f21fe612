package okr.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import okr.model.Diagnostic;
import okr.model.EntryKind;
import okr.model.JournalEntry;
import okr.model.Measure;
import okr.model.SmartGoal;
import okr.model.Workspace;

/** Each letter of SMART that a goal misses, or fills only weakly, with the reason. */
public final class SmartRules implements WorkspaceRule {

  /** One letter's verdict: met, or the problem. */
  public record Letter(char letter, String word, boolean met, String problem) {}

  @Override
  public void check(Workspace ws, LocalDate today, List<Diagnostic> out) {
    for (SmartGoal g : ws.goals()) {
      for (Letter letter : letters(g, ws, today)) {
        if (!letter.met()) {
          String rule =
              "smart-" + letter.word().toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
          out.add(
              Diagnostic.warning(
                  rule,
                  g.spans().at(keyOf(letter.letter())),
                  // an invalid id is reported on its own and read as null: never show "null"
                  (g.id() == null ? "this goal" : "goal `" + g.id() + "`")
                      + " is not "
                      + letter.word()
                      + ": "
                      + letter.problem(),
                  help(letter.letter())));
        }
      }
    }
  }

  /** The five letters for a goal, in order. */
  public static List<Letter> letters(SmartGoal g, Workspace ws, LocalDate today) {
    List<Letter> letters = new ArrayList<>();
    String title = g.header().title() == null ? "" : g.header().title();
    String vague = Quality.vagueWord(title);
    letters.add(
        vague == null
            ? new Letter('S', "Specific", true, null)
            : new Letter(
                'S',
                "Specific",
                false,
                "the title says \"" + vague + "\" without saying what exactly"));
    Measure m = g.measure();
    letters.add(
        m != null && m.target() != null
            ? new Letter('M', "Measurable", true, null)
            : new Letter('M', "Measurable", false, "it has no measure with a target"));
    letters.add(
        g.achievable() != null && !g.achievable().isBlank()
            ? new Letter('A', "Achievable", true, null)
            : new Letter('A', "Achievable", false, "nothing says what makes it doable"));
    letters.add(
        g.relevant() != null && !g.relevant().isBlank() || !g.alignsTo().isEmpty()
            ? new Letter('R', "Relevant", true, null)
            : new Letter('R', "Relevant", false, "nothing says why it matters"));
    letters.add(timeBound(g, ws, today));
    return letters;
  }

  private static Letter timeBound(SmartGoal g, Workspace ws, LocalDate today) {
    LocalDate due = ws.settings().calendar().dueOf(g);
    if (due == null) {
      return new Letter('T', "Time-bound", false, "it has no due date or period");
    }
    if (due.isBefore(today) && !reached(g, ws)) {
      return new Letter('T', "Time-bound", false, "it was due on " + due + " and is still open");
    }
    return new Letter('T', "Time-bound", true, null);
  }

  /** Whether the journal shows the target reached (increments summed when cumulative). */
  private static boolean reached(SmartGoal g, Workspace ws) {
    Measure m = g.measure();
    if (m == null || m.target() == null) {
      return false;
    }
    double baseline = m.baseline() == null ? 0 : m.baseline();
    double value = baseline;
    for (JournalEntry e : ws.journal()) {
      if (e.kind() == EntryKind.GOAL && g.id().equals(e.ref()) && e.value() != null) {
        value = m.cumulative() ? value + e.value() : e.value();
      }
    }
    return m.target() >= baseline ? value >= m.target() : value <= m.target();
  }

  private static String keyOf(char letter) {
    return switch (letter) {
      case 'S' -> "title";
      case 'M' -> "measure";
      case 'A' -> "achievable";
      case 'R' -> "relevant";
      default -> "due";
    };
  }

  private static String help(char letter) {
    return switch (letter) {
      case 'S' ->
          "say exactly what will be true, with a number: \"Read 24 books\", not \"Read more\"";
      case 'M' -> "add `measure: {baseline: 0, target: 24, unit: books}`";
      case 'A' -> "add `achievable:` with what makes it doable: time, money, help";
      case 'R' -> "add `relevant:` with why it matters, or `aligns_to:` the objective it serves";
      default -> "add `due: YYYY-MM-DD` or `period:`; if it slipped, set a new date or close it";
    };
  }
}
