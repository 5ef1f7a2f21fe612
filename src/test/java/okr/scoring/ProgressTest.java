package okr.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import okr.model.Direction;
import okr.model.KeyResult;
import okr.model.KrType;
import okr.model.Spans;
import org.junit.jupiter.api.Test;

class ProgressTest {

  @Test
  void increaseIsTheShareOfTheWayFromBaselineToTarget() {
    assertThat(Progress.of(Direction.INCREASE, 50.0, 70, 58)).isCloseTo(0.4, within(1e-9));
    assertThat(Progress.of(Direction.INCREASE, 50.0, 70, 50)).isZero();
    assertThat(Progress.of(Direction.INCREASE, 50.0, 70, 70)).isEqualTo(1.0);
  }

  @Test
  void decreaseCountsTheWayDown() {
    assertThat(Progress.of(Direction.DECREASE, 5.0, 3, 4.3)).isCloseTo(0.35, within(1e-9));
    assertThat(Progress.of(Direction.DECREASE, 11.0, 9, 9.3)).isCloseTo(0.85, within(1e-9));
  }

  @Test
  void rawProgressGoesBeyondTargetAndBelowBaseline() {
    assertThat(Progress.of(Direction.INCREASE, 0.0, 10, 12)).isCloseTo(1.2, within(1e-9));
    assertThat(Progress.of(Direction.INCREASE, 50.0, 70, 45)).isCloseTo(-0.25, within(1e-9));
    assertThat(Progress.of(Direction.DECREASE, 5.0, 3, 6)).isCloseTo(-0.5, within(1e-9));
  }

  @Test
  void theGradingScoreIsClamped() {
    assertThat(Progress.score(1.2)).isEqualTo(1.0);
    assertThat(Progress.score(-0.25)).isZero();
    assertThat(Progress.score(0.4)).isEqualTo(0.4);
    assertThat(Progress.score(Double.NaN)).isZero();
  }

  @Test
  void negativeValuesWork() {
    // Cash flow from -20k to +10k: at -5k, half way.
    assertThat(Progress.of(Direction.INCREASE, -20.0, 10, -5)).isCloseTo(0.5, within(1e-9));
    // Temperature from -2 down to -10: at -6, half way.
    assertThat(Progress.of(Direction.DECREASE, -2.0, -10, -6)).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void aLineIsHeldOrBrokenNeverNearlyDone() {
    // at-least 99.9: 99.95 and 99.9 hold it (1); 97 breaks it (0), not "97 % of the way".
    assertThat(Progress.of(Direction.AT_LEAST, null, 99.9, 99.95)).isEqualTo(1.0);
    assertThat(Progress.of(Direction.AT_LEAST, null, 99.9, 99.9)).isEqualTo(1.0);
    assertThat(Progress.of(Direction.AT_LEAST, null, 99.9, 97)).isZero();
    assertThat(Progress.of(Direction.AT_LEAST, 80.0, 100, 99)).isZero();
    // at-most 2 h: 1.5 holds, 3 breaks (not 2/3 = 0.67).
    assertThat(Progress.of(Direction.AT_MOST, null, 2, 1.5)).isEqualTo(1.0);
    assertThat(Progress.of(Direction.AT_MOST, null, 2, 3)).isZero();
    assertThat(Progress.of(Direction.AT_MOST, 6.0, 2, 2.01)).isZero();
  }

  @Test
  void paceComparesProgressWithTimeElapsed() {
    assertThat(Pace.of(0.4, 0.5)).isEqualTo(Pace.ON_TRACK); // 0.8
    assertThat(Pace.of(0.35, 0.5)).isEqualTo(Pace.ON_TRACK); // exactly 0.7
    assertThat(Pace.of(0.3, 0.5)).isEqualTo(Pace.AT_RISK); // 0.6
    assertThat(Pace.of(0.25, 0.5)).isEqualTo(Pace.AT_RISK); // exactly 0.5
    assertThat(Pace.of(0.2, 0.5)).isEqualTo(Pace.OFF_TRACK);
    assertThat(Pace.of(0.0, 0.0)).isEqualTo(Pace.ON_TRACK); // day zero: nothing expected yet
  }

  @Test
  void bandsFollowTheSettingsOfEachType() {
    Bands bands = Bands.of(okr.model.Settings.defaults());
    // aspirational: green from 0.7, amber from 0.4
    assertThat(bands.grade(okr.model.ObjectiveType.ASPIRATIONAL, 0.7)).isEqualTo(Band.GREEN);
    assertThat(bands.grade(okr.model.ObjectiveType.ASPIRATIONAL, 0.69)).isEqualTo(Band.AMBER);
    assertThat(bands.grade(okr.model.ObjectiveType.ASPIRATIONAL, 0.4)).isEqualTo(Band.AMBER);
    assertThat(bands.grade(okr.model.ObjectiveType.ASPIRATIONAL, 0.39)).isEqualTo(Band.RED);
    // committed: green only at 1.0, amber from 0.7
    assertThat(bands.grade(okr.model.ObjectiveType.COMMITTED, 0.8)).isEqualTo(Band.AMBER);
    assertThat(bands.grade(okr.model.ObjectiveType.COMMITTED, 1.0)).isEqualTo(Band.GREEN);
    assertThat(bands.grade(okr.model.ObjectiveType.COMMITTED, 0.69)).isEqualTo(Band.RED);
    Bands custom =
        new Bands(
            new okr.model.Settings.Scoring(
                new okr.model.Settings.Limits(0.9, 0.6), new okr.model.Settings.Limits(1, 0.8)));
    assertThat(custom.grade(okr.model.ObjectiveType.ASPIRATIONAL, 0.85)).isEqualTo(Band.AMBER);
    assertThat(custom.grade(okr.model.ObjectiveType.COMMITTED, 0.75)).isEqualTo(Band.RED);
  }

  @Test
  void trendLooksBackAFewPoints() {
    assertThat(Trend.of(java.util.List.of(5, 6, 7), 2)).isEqualTo(Trend.UP);
    assertThat(Trend.of(java.util.List.of(8, 6, 7), 2)).isEqualTo(Trend.DOWN);
    assertThat(Trend.of(java.util.List.of(7, 6, 7), 2)).isEqualTo(Trend.FLAT);
    assertThat(Trend.of(java.util.List.of(7), 2)).isEqualTo(Trend.FLAT);
  }

  @Test
  void theWayFromBaselineToTargetMayBeWiderThanTheLargestDouble() {
    // -1e308 to 1e308 is 2e308 apart: once NaN, so a reached target showed 0 %
    assertThat(Progress.of(Direction.INCREASE, -1e308, 1e308, 1e308)).isEqualTo(1.0);
    assertThat(Progress.of(Direction.INCREASE, -1e308, 1e308, 0)).isCloseTo(0.5, within(1e-9));
    assertThat(Progress.of(Direction.DECREASE, 1e308, -1e308, -1e308)).isEqualTo(1.0);
    // a line is held or broken, however far away it is: 0 is below 1e308 and above -1e308
    assertThat(Progress.of(Direction.AT_LEAST, -1e308, 1e308, 0)).isEqualTo(0.0);
    assertThat(Progress.of(Direction.AT_MOST, 1e308, -1e308, 0)).isEqualTo(0.0);
    assertThat(Progress.of(Direction.AT_LEAST, -1e308, -1e308, 0)).isEqualTo(1.0);
    assertThat(Progress.of(Direction.INCREASE, 0.0, 10, 20)).isEqualTo(2.0);
    assertThat(Progress.of(Direction.INCREASE, 0.0, 10, 1e308)).isEqualTo(1e307);
  }

  @Test
  void theExpectedValueIsWherePaceCountsAsExactlyOnTime() {
    KeyResult riders = kr(KrType.METRIC, 1000.0, 5000.0, null);
    assertThat(Progress.expectedValue(riders, 0.25)).isEqualTo(2000.0);
    assertThat(Progress.of(Direction.INCREASE, 1000.0, 5000, 2000)).isEqualTo(0.25);
    KeyResult churn = kr(KrType.METRIC, 5.0, 3.0, null);
    assertThat(Progress.expectedValue(churn, 0.5)).isEqualTo(4.0);
    // Before or after the period the way is not extrapolated.
    assertThat(Progress.expectedValue(riders, 1.4)).isEqualTo(5000.0);
    assertThat(Progress.expectedValue(riders, -0.1)).isEqualTo(1000.0);
  }

  @Test
  void linesMilestonesAndKeyResultsWithoutBaselineHaveNoExpectedValue() {
    assertThat(Progress.expectedValue(kr(KrType.METRIC, null, 99.9, Direction.AT_LEAST), 0.5))
        .isNull();
    assertThat(Progress.expectedValue(kr(KrType.MILESTONE, null, null, null), 0.5)).isNull();
    assertThat(Progress.expectedValue(kr(KrType.METRIC, null, 10.0, null), 0.5)).isNull();
  }

  private static KeyResult kr(KrType type, Double baseline, Double target, Direction direction) {
    return new KeyResult(
        "k",
        "k",
        type,
        baseline,
        target,
        null,
        "u",
        direction,
        1,
        null,
        null,
        false,
        null,
        null,
        Spans.of(null));
  }
}
