package okr.scoring;

import okr.model.Better;
import okr.model.ObjectiveType;
import okr.model.Settings;
import okr.model.Thresholds;

/**
 * The one place that turns numbers into colours: an objective's score into its grade band (by its
 * type's bands in okr.yaml {@code scoring:}), an objective's pace into the colour it shows while
 * its period runs, and a KPI's latest value into its threshold band. Every view and format takes
 * its colours from here, so okr.yaml changes them everywhere at once.
 */
public final class Bands {

  private final Settings.Scoring scoring;

  public Bands(Settings.Scoring scoring) {
    this.scoring = scoring;
  }

  public static Bands of(Settings settings) {
    return new Bands(settings.scoring());
  }

  public Settings.Limits limits(ObjectiveType type) {
    return scoring.of(type);
  }

  /** The score that counts as success for a type: its green band's lower edge. */
  public double successAt(ObjectiveType type) {
    return limits(type).green();
  }

  /** The grade band of a 0..1 score: green from the type's green, amber from its amber. */
  public Band grade(ObjectiveType type, double score) {
    Settings.Limits l = limits(type);
    // Scores are means of doubles: 0.7 can arrive as 0.69999999, which is still 0.7.
    if (score >= l.green() - 1e-9) {
      return Band.GREEN;
    }
    return score >= l.amber() - 1e-9 ? Band.AMBER : Band.RED;
  }

  /**
   * The colour an objective shows: while its period runs and it is not graded, the colour of its
   * pace (none while early); once the period is over or graded, the band of its score.
   */
  public Band colour(ObjectiveType type, Double score, Pace pace, boolean finished) {
    if (finished) {
      return score == null ? null : grade(type, score);
    }
    return pace(pace);
  }

  /** On-track green, at-risk amber, off-track red; early and unknown have no colour. */
  public static Band pace(Pace pace) {
    if (pace == null) {
      return null;
    }
    return switch (pace) {
      case ON_TRACK -> Band.GREEN;
      case AT_RISK -> Band.AMBER;
      case OFF_TRACK -> Band.RED;
      case EARLY -> null;
    };
  }

  /**
   * A KPI's band: green at or beyond the green threshold, amber at or beyond amber, else red;
   * "beyond" reads with which way is better, so a lower-is-better KPI writes green below amber.
   */
  public static Band kpi(Thresholds t, Better better, double value) {
    if (t == null) {
      return null;
    }
    Better way = better != null ? better : t.green() >= t.amber() ? Better.HIGHER : Better.LOWER;
    if (way == Better.HIGHER) {
      return value >= t.green() ? Band.GREEN : value >= t.amber() ? Band.AMBER : Band.RED;
    }
    return value <= t.green() ? Band.GREEN : value <= t.amber() ? Band.AMBER : Band.RED;
  }
}
