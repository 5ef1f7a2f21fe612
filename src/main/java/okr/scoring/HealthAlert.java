package okr.scoring;

import okr.model.Better;
import okr.model.Kpi;

/**
 * A health metric outside its green threshold on the day of a scorecard: watched, not pushed, so it
 * is named only when it needs attention.
 *
 * @param band amber or red, from {@link Bands#kpi}
 * @param edge the green threshold the latest measurement fell short of
 */
public record HealthAlert(Kpi kpi, double latest, Band band, double edge, Better better) {

  /** Which side of the edge the measurement is on: "below" a higher-is-better metric's edge. */
  public String side() {
    return better == Better.LOWER ? "above" : "below";
  }

  /** The alert of a health metric's status, if it is outside its green threshold. */
  static java.util.Optional<HealthAlert> of(KpiStatus s) {
    Kpi k = s.kpi();
    if (!k.health() || !s.hasData() || s.band() == null || s.band() == Band.GREEN) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        new HealthAlert(k, s.latest(), s.band(), k.thresholds().green(), s.better()));
  }
}
