package okr.render;

import java.util.ArrayList;
import java.util.List;
import okr.model.EntryKind;
import okr.model.JournalEntry;
import okr.model.KeyResult;
import okr.scoring.Digest;
import okr.scoring.KrStatus;
import okr.scoring.ObjectiveStatus;

/** The digest as text for a terminal: one section per kind of change, each line fitted. */
public final class DigestView {

  private final ViewStyle v;

  public DigestView(ViewStyle v) {
    this.v = v;
  }

  public List<String> render(Digest d) {
    List<String> lines = new ArrayList<>();
    lines.add(v.header(d.workspaceName(), "digest", d.since() + " to " + d.until()));
    lines.add("");
    if (d.checkins().isEmpty()) {
      lines.add(fit("No check-ins since " + d.since() + "."));
    } else {
      lines.add(heading(checkinsHeading(d)));
      for (Digest.KrChange c : d.checkins()) {
        lines.add(row("  " + TerminalText.sanitize(c.now().kr().title()), scores(c)));
        for (JournalEntry e : c.entries()) {
          lines.add(fit("    " + entry(c.now().kr(), e)));
          if (e.progress() != null) {
            lines.add(fit("      progress: " + TerminalText.sanitize(e.progress())));
          }
          if (e.plans() != null) {
            lines.add(fit("      plans: " + TerminalText.sanitize(e.plans())));
          }
        }
      }
    }
    if (!d.objectives().isEmpty()) {
      lines.add("");
      lines.add(heading("Objectives that changed"));
      for (Digest.ObjectiveChange c : d.objectives()) {
        lines.add(
            row("  " + TerminalText.sanitize(c.now().objective().header().title()), moves(c)));
      }
    }
    if (!d.problems().isEmpty()) {
      lines.add("");
      lines.add(heading("New problems"));
      for (Digest.Problem p : d.problems()) {
        lines.add(
            fit(
                "  "
                    + p.entry().at().toLocalDate()
                    + "  "
                    + who(p.entry())
                    + "  "
                    + (p.kind() == EntryKind.KPI ? "kpi " : "")
                    + TerminalText.sanitize(p.about())));
        lines.add(fit("    " + TerminalText.sanitize(p.entry().problems())));
      }
    }
    if (!d.fallingConfidence().isEmpty()) {
      lines.add("");
      lines.add(heading("Falling confidence"));
      for (Digest.KrChange c : d.fallingConfidence()) {
        lines.add(
            row(
                "  " + TerminalText.sanitize(c.now().kr().title()),
                v.paint(
                    Style.Role.AMBER,
                    "confidence "
                        + c.before().confidence()
                        + " "
                        + v.glyphs().to()
                        + " "
                        + c.now().confidence())));
      }
    }
    if (d.activeKeyResults() > 0) {
      lines.add("");
      if (d.notCheckedIn().isEmpty()) {
        lines.add(fit("Everyone checked in since " + d.since() + "."));
      } else {
        lines.add(heading("Not checked in since " + d.since()));
        for (Digest.Silent s : d.notCheckedIn()) {
          int n = s.keyResults().size();
          lines.add(
              fit("  " + owner(s.owner()) + ": " + n + (n == 1 ? " key result" : " key results")));
          for (KrStatus kr : s.keyResults()) {
            lines.add(
                fit(
                    "    "
                        + TerminalText.sanitize(kr.ref())
                        + "  "
                        + v.paint(Style.Role.DIM, TerminalText.sanitize(kr.kr().title()))));
          }
        }
      }
    }
    return lines;
  }

  static String checkinsHeading(Digest d) {
    long entries = d.entryCount();
    int krs = d.checkins().size();
    return "Check-ins: "
        + entries
        + (entries == 1 ? " entry" : " entries")
        + " on "
        + krs
        + (krs == 1 ? " key result" : " key results");
  }

  /** "0.40 → 0.55 (+0.15)", "– → 0.55 (new)". */
  static String scores(Digest.KrChange c, Glyphs g) {
    String change = Numbers.scoreChange(c.before().score(), c.now().score());
    return Numbers.score(c.before().score())
        + " "
        + g.to()
        + " "
        + Numbers.score(c.now().score())
        + (change != null ? " (" + change + ")" : c.before().score() == null ? " (new)" : "");
  }

  private String scores(Digest.KrChange c) {
    String text = scores(c, v.glyphs());
    Double delta = c.delta();
    if (delta == null || Numbers.scoreChange(c.before().score(), c.now().score()).equals("±0.00")) {
      return text;
    }
    return v.paint(delta > 0 ? Style.Role.GOOD : Style.Role.BAD, text);
  }

  /** "red → amber · at-risk → on-track", with what did not change left out. */
  private String moves(Digest.ObjectiveChange c) {
    List<String> parts = new ArrayList<>();
    ObjectiveStatus was = c.before();
    ObjectiveStatus is = c.now();
    if (c.bandChanged()) {
      parts.add(Words.band(v, was.band()) + " " + v.glyphs().to() + " " + Words.band(v, is.band()));
    }
    if (c.paceChanged()) {
      parts.add(pace(was) + " " + v.glyphs().to() + " " + pace(is));
    }
    return String.join(v.glyphs().sep(), parts);
  }

  private String pace(ObjectiveStatus o) {
    return o.pace() == null ? v.paint(Style.Role.DIM, "no data") : Words.pace(v, o.pace());
  }

  /** "2026-11-20 sam 860 calls · confidence 8". */
  private String entry(KeyResult kr, JournalEntry e) {
    StringBuilder out = new StringBuilder();
    out.append(e.at().toLocalDate()).append("  ").append(who(e)).append("  ");
    out.append(TerminalText.sanitize(value(kr, e)));
    if (e.confidence() != null) {
      out.append(v.glyphs().sep()).append("confidence ").append(e.confidence());
    }
    return out.toString();
  }

  /**
   * What an entry says about a key result, as written: "860 calls", "+1 touchpoints" (an
   * increment), "done", "58 points (kpi nps)" (a measurement of its KPI), or "note".
   */
  static String value(KeyResult kr, JournalEntry e) {
    String value;
    if (e.done() != null) {
      value = e.done() ? "done" : "not done";
    } else if (e.value() == null) {
      value = "note";
    } else if (kr.cumulative() && e.kind() == EntryKind.KR) {
      value = (e.value() >= 0 ? "+" : "") + Numbers.withUnit(e.value(), kr.unit());
    } else {
      value = Numbers.withUnit(e.value(), kr.unit());
    }
    return e.kind() == EntryKind.KPI ? value + " (kpi " + kr.kpi() + ")" : value;
  }

  static String owner(String owner) {
    return owner == null ? "(no owner)" : TerminalText.sanitize(owner);
  }

  private static String who(JournalEntry e) {
    return e.by() == null ? "?" : TerminalText.sanitize(e.by());
  }

  private String heading(String text) {
    return v.paint(Style.Role.STRONG, fit(text));
  }

  /** {@code left} cut to leave room for {@code right} at the end of the line. */
  private String row(String left, String right) {
    int rightWidth = Text.width(right);
    int leftWidth = v.width() - rightWidth - 2;
    if (leftWidth < 12) {
      return fit(left + "  " + right);
    }
    return Text.padRight(left, leftWidth) + "  " + right;
  }

  private String fit(String text) {
    return Text.fit(text, v.width());
  }
}
