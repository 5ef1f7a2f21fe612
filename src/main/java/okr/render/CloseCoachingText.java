package okr.render;

import java.util.ArrayList;
import java.util.List;
import okr.reports.CloseCoaching;

/** The coaching okr close prints after the grades, as lines. */
public final class CloseCoachingText {

  private CloseCoachingText() {}

  public static List<String> lines(CloseCoaching coaching) {
    List<String> lines = new ArrayList<>();
    String committedAt = Numbers.edge(coaching.committedAt());
    if (!coaching.missed().isEmpty()) {
      lines.add("Missed commitments (committed objectives are expected at " + committedAt + "):");
      for (CloseCoaching.Missed m : coaching.missed()) {
        lines.add(
            "  "
                + TerminalText.sanitize(m.objective())
                + " scored "
                + Numbers.score(m.score())
                + " of the "
                + committedAt
                + " committed");
      }
    }
    for (CloseCoaching.HighFlyer h : coaching.highFlyers()) {
      lines.add(
          TerminalText.sanitize(h.owner())
              + "'s aspirational objectives scored 0.95 or more in "
              + h.previous()
              + " and "
              + coaching.period()
              + ": the goals may not be ambitious enough. Aspirational OKRs are meant to reach about "
              + Numbers.edge(coaching.aspirationalAt())
              + ".");
    }
    return lines;
  }
}
