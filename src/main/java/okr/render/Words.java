package okr.render;

import java.util.ArrayList;
import java.util.List;
import okr.model.KeyResult;
import okr.model.Level;
import okr.model.ObjectiveType;
import okr.scoring.Band;
import okr.scoring.InitiativeProgress;
import okr.scoring.KrStatus;
import okr.scoring.Line;
import okr.scoring.ObjectiveStatus;
import okr.scoring.Pace;
import okr.scoring.Trend;

/** The words and colours the views use for scoring results. */
final class Words {

  private Words() {}

  static String band(ViewStyle v, Band band) {
    if (band == null) {
      return v.paint(Style.Role.DIM, "no data");
    }
    Style.Role role =
        switch (band) {
          case GREEN -> Style.Role.GOOD;
          case AMBER -> Style.Role.AMBER;
          case RED -> Style.Role.BAD;
        };
    return v.paint(role, band.word());
  }

  static String pace(ViewStyle v, Pace pace) {
    if (pace == null) {
      return "";
    }
    Style.Role role =
        switch (pace) {
          case EARLY -> Style.Role.DIM;
          case ON_TRACK -> Style.Role.GOOD;
          case AT_RISK -> Style.Role.AMBER;
          case OFF_TRACK -> Style.Role.BAD;
        };
    return v.paint(role, pace.word());
  }

  /**
   * The word after an objective's score, in its colour: while the period runs its pace (on-track,
   * at-risk, off-track, early), once it is over or graded its grade band.
   */
  static String state(ViewStyle v, ObjectiveStatus o) {
    return v.paint(role(o.colour()), plainState(o));
  }

  /** {@link #state} without colour, for documents. */
  static String plainState(ObjectiveStatus o) {
    if (o.score() == null) {
      return "no data";
    }
    if (o.finished()) {
      return o.band().word();
    }
    return o.pace() == null ? "no data" : o.pace().word();
  }

  /** "0.45 at-risk", "graded 0.80 amber": an objective's score with its state. */
  static String score(ViewStyle v, ObjectiveStatus o) {
    return (o.grade() != null ? "graded " : "") + Numbers.score(o.score()) + " " + state(v, o);
  }

  /** {@link #score} without colour. */
  static String plainScore(ObjectiveStatus o) {
    return (o.grade() != null ? "graded " : "") + Numbers.score(o.score()) + " " + plainState(o);
  }

  private static Style.Role role(Band band) {
    if (band == null) {
      return Style.Role.DIM;
    }
    return switch (band) {
      case GREEN -> Style.Role.GOOD;
      case AMBER -> Style.Role.AMBER;
      case RED -> Style.Role.BAD;
    };
  }

  /** A key result's progress: a percentage, or held / broken for a line. */
  static String progress(KrStatus s) {
    if (s.line() != null) {
      return s.line().word();
    }
    return Numbers.percent(s.progress());
  }

  /**
   * A line's state with its numbers: "held (99.95 ≥ 99.9)", "broken (97 < 99.9)"; null when the key
   * result holds no line or has no data.
   */
  static String line(KrStatus s) {
    if (s.line() == null) {
      return null;
    }
    KeyResult kr = s.kr();
    boolean atLeast = kr.effectiveDirection() == okr.model.Direction.AT_LEAST;
    String op = s.line() == Line.HELD ? (atLeast ? "≥" : "≤") : (atLeast ? "<" : ">");
    return s.line().word()
        + " ("
        + Numbers.format(s.current())
        + " "
        + op
        + " "
        + Numbers.format(kr.target())
        + ")";
  }

  /**
   * What an objective's row counts: "1 off-track, 1 broken, 1 no data"; empty when all are well.
   */
  /**
   * The health metrics outside their thresholds, on one line: "Health: uptime 97 % (below 99.9)";
   * null when all are within them.
   */
  static String health(java.util.List<okr.scoring.HealthAlert> alerts) {
    if (alerts.isEmpty()) {
      return null;
    }
    java.util.List<String> parts = new java.util.ArrayList<>();
    for (okr.scoring.HealthAlert a : alerts) {
      parts.add(
          TerminalText.sanitize(a.kpi().id())
              + " "
              + Numbers.exactWithUnit(a.latest(), a.kpi().unit())
              + " ("
              + a.side()
              + " "
              + Numbers.exact(a.edge())
              + ")");
    }
    return "Health: " + String.join(", ", parts);
  }

  static String signals(ObjectiveStatus o) {
    List<String> parts = new ArrayList<>();
    if (o.offTrack() > 0) {
      parts.add(o.offTrack() + " off-track");
    }
    if (o.broken() > 0) {
      parts.add(o.broken() + " broken");
    }
    if (o.withoutData() > 0) {
      parts.add(o.withoutData() + " no data");
    }
    return String.join(", ", parts);
  }

  /** "confidence 5 (churn)": the lowest confidence and the key result it belongs to. */
  static String confidence(ObjectiveStatus o) {
    if (o.confidence() == null) {
      return null;
    }
    return "confidence "
        + o.confidence()
        + (o.confidenceOf() == null ? "" : " (" + TerminalText.sanitize(o.confidenceOf()) + ")");
  }

  /** "at this pace 0.82": the forecast end-of-period score; null once the period is over. */
  static String forecast(ObjectiveStatus o) {
    return o.forecast() == null ? null : "at this pace " + Numbers.score(o.forecast());
  }

  static String trend(Glyphs g, Trend trend) {
    if (trend == null) {
      return "";
    }
    return switch (trend) {
      case UP -> g.up();
      case DOWN -> g.down();
      case FLAT -> g.flat();
    };
  }

  /** "committed, expects 1.0", "aspirational, 0.7 is success", from the type's green band. */
  static String type(ObjectiveStatus o) {
    return type(o.objective().type(), o.successAt());
  }

  static String type(ObjectiveType type, double successAt) {
    String at = short2(successAt);
    return type == ObjectiveType.COMMITTED
        ? "committed, expects " + at
        : "aspirational, " + at + " is success";
  }

  /** 0.7, 1.0, 0.75: a band edge as people write it. */
  static String short2(double score) {
    return Numbers.edge(score);
  }

  static String level(Level level) {
    return switch (level) {
      case STRATEGIC -> "Company";
      case TACTICAL -> "Team";
      case INDIVIDUAL -> "Individual";
    };
  }

  static String age(Long days) {
    if (days == null) {
      return "never checked in";
    }
    if (days == 0) {
      return "checked in today";
    }
    return "checked in " + days + "d ago";
  }

  /** "2 / 5 km": a SMART goal's current value against its target. */
  static String goalValue(okr.scoring.GoalStatus g) {
    okr.model.Measure m = g.goal().measure();
    return Numbers.format(g.current())
        + " / "
        + (m == null ? "–" : Numbers.withUnit(m.target(), m.unit()));
  }

  /** {@code 60 %}, {@code done}, or {@code no progress yet}. */
  static String progress(InitiativeProgress p) {
    if (p.done()) {
      return "done";
    }
    return p.progress() == null ? "no progress yet" : Numbers.format(p.progress()) + " %";
  }

  /** {@code due 2026-09-15}, with how late it is when it is overdue. */
  static String due(InitiativeProgress p) {
    return "due "
        + p.initiative().due()
        + (p.overdue()
            ? ", overdue by " + p.daysOverdue() + (p.daysOverdue() == 1 ? " day" : " days")
            : "");
  }

  /**
   * {@code 60 % · due 2026-09-15, overdue by 9 days}: an initiative's progress (when it has an id
   * to check in on, or the file gives one) and due day, as {@code show} and {@code report} write
   * them; empty when neither says anything.
   */
  static String initiativeState(InitiativeProgress p, String sep) {
    return initiativeState(p, sep, false);
  }

  /**
   * As {@link #initiativeState(InitiativeProgress, String)}, for a view that writes the status
   * beside it: "done" is then not said twice.
   */
  static String initiativeStateBesideStatus(InitiativeProgress p, String sep) {
    return initiativeState(p, sep, p.status() == okr.model.InitiativeStatus.DONE);
  }

  private static String initiativeState(InitiativeProgress p, String sep, boolean statusSaysDone) {
    java.util.List<String> parts = new java.util.ArrayList<>();
    if (!statusSaysDone && (p.ref() != null || p.progress() != null || p.done())) {
      parts.add(progress(p));
    }
    if (p.initiative().due() != null) {
      parts.add(due(p));
    }
    return String.join(sep, parts);
  }
}
