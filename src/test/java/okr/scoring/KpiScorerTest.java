package okr.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import okr.model.Better;
import okr.model.EntryKind;
import okr.model.Frequency;
import okr.model.Header;
import okr.model.Indicator;
import okr.model.JournalEntry;
import okr.model.Kind;
import okr.model.Kpi;
import okr.model.Settings;
import okr.model.Spans;
import okr.model.Thresholds;
import okr.model.Workspace;
import org.junit.jupiter.api.Test;

class KpiScorerTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  private final List<JournalEntry> journal = new ArrayList<>();

  private static Kpi kpi(Better better, Double target, Thresholds thresholds, Frequency frequency) {
    return new Kpi(
        new Header(Kind.KPI, "k", "K", null, null, List.of(), null, Path.of("k.yaml")),
        "u",
        Indicator.LEADING,
        better,
        target,
        thresholds,
        frequency,
        false,
        List.of(),
        null,
        null,
        Spans.of(null));
  }

  private void measure(String day, double value) {
    journal.add(
        new JournalEntry(
            "e" + journal.size(),
            OffsetDateTime.parse(day + "T12:00:00Z"),
            "me",
            EntryKind.KPI,
            "k",
            value,
            null,
            null,
            null,
            null,
            null,
            Spans.of(null),
            null));
  }

  private KpiStatus status(Kpi kpi) {
    Workspace ws =
        new Workspace(
            Path.of("."), Settings.defaults(), List.of(), List.of(kpi), List.of(), journal);
    return new KpiScorer(new JournalView(ws, TODAY), ws.settings(), TODAY).status(kpi, 91);
  }

  @Test
  void higherIsBetterBands() {
    Kpi k = kpi(Better.HIGHER, 6000.0, new Thresholds(5000, 3000), Frequency.WEEKLY);
    measure("2026-11-20", 5000);
    assertThat(status(k).band()).isEqualTo(Band.GREEN);
    measure("2026-11-21", 4999);
    assertThat(status(k).band()).isEqualTo(Band.AMBER);
    measure("2026-11-22", 2999);
    assertThat(status(k).band()).isEqualTo(Band.RED);
  }

  @Test
  void lowerIsBetterWritesGreenBelowAmber() {
    Kpi k = kpi(Better.LOWER, 9.0, new Thresholds(9, 10), Frequency.MONTHLY);
    measure("2026-11-01", 8.5);
    assertThat(status(k).band()).isEqualTo(Band.GREEN);
    measure("2026-11-02", 9.5);
    assertThat(status(k).band()).isEqualTo(Band.AMBER);
    measure("2026-11-03", 10.5);
    assertThat(status(k).band()).isEqualTo(Band.RED);
  }

  @Test
  void withoutBetterTheThresholdOrderSaysWhichWayIsBetter() {
    Kpi higher = kpi(null, null, new Thresholds(5, 3), Frequency.WEEKLY);
    Kpi lower = kpi(null, null, new Thresholds(3, 5), Frequency.WEEKLY);
    measure("2026-11-20", 4);
    assertThat(status(higher).better()).isEqualTo(Better.HIGHER);
    assertThat(status(higher).band()).isEqualTo(Band.AMBER);
    assertThat(status(lower).better()).isEqualTo(Better.LOWER);
    assertThat(status(lower).band()).isEqualTo(Band.AMBER);
    measure("2026-11-21", 2);
    assertThat(status(higher).band()).isEqualTo(Band.RED);
    assertThat(status(lower).band()).isEqualTo(Band.GREEN);
  }

  @Test
  void withOnlyATargetTheStatusIsTheShareOfIt() {
    measure("2026-11-20", 45);
    assertThat(status(kpi(Better.HIGHER, 60.0, null, Frequency.WEEKLY)).shareOfTarget())
        .isCloseTo(0.75, within(1e-9));
    assertThat(status(kpi(Better.LOWER, 30.0, null, Frequency.WEEKLY)).shareOfTarget())
        .isCloseTo(30.0 / 45, within(1e-9));
    assertThat(status(kpi(Better.HIGHER, 60.0, null, Frequency.WEEKLY)).band()).isNull();
  }

  @Test
  void withoutTargetAndThresholdsItIsMonitoredOnly() {
    measure("2026-11-20", 45);
    KpiStatus s = status(kpi(Better.HIGHER, null, null, Frequency.WEEKLY));
    assertThat(s.band()).isNull();
    assertThat(s.shareOfTarget()).isNull();
    assertThat(s.latest()).isEqualTo(45.0);
  }

  @Test
  void oneMeasurementHasNoTrendYet() {
    measure("2026-11-20", 45);
    KpiStatus s = status(kpi(Better.HIGHER, 60.0, null, Frequency.WEEKLY));
    assertThat(s.previous()).isNull();
    assertThat(s.trend()).isEqualTo(Trend.FLAT);
    assertThat(s.improving()).isNull();
  }

  @Test
  void aFallingValueIsGoodWhenLowerIsBetter() {
    measure("2026-11-13", 5);
    measure("2026-11-20", 4);
    assertThat(status(kpi(Better.LOWER, 2.0, null, Frequency.WEEKLY)).improving()).isTrue();
    assertThat(status(kpi(Better.HIGHER, 8.0, null, Frequency.WEEKLY)).improving()).isFalse();
    assertThat(status(kpi(Better.LOWER, 2.0, null, Frequency.WEEKLY)).previous()).isEqualTo(5.0);
  }

  @Test
  void staleAfterOneAndAHalfTimesTheFrequency() {
    measure("2026-11-13", 5); // 10 days before TODAY: a weekly KPI is stale after 10
    assertThat(status(kpi(Better.HIGHER, null, null, Frequency.WEEKLY)).stale()).isFalse();
    journal.clear();
    measure("2026-11-12", 5);
    assertThat(status(kpi(Better.HIGHER, null, null, Frequency.WEEKLY)).stale()).isTrue();
    assertThat(status(kpi(Better.HIGHER, null, null, Frequency.MONTHLY)).stale()).isFalse();
  }

  @Test
  void neverMeasuredIsStaleWithoutData() {
    KpiStatus s = status(kpi(Better.HIGHER, 10.0, null, Frequency.WEEKLY));
    assertThat(s.hasData()).isFalse();
    assertThat(s.stale()).isTrue();
  }

  @Test
  void theSamePointLastPeriodIsTheLatestMeasurementAPeriodEarlier() {
    measure("2026-07-01", 100);
    measure("2026-08-20", 150);
    measure("2026-08-25", 160);
    measure("2026-11-20", 200);
    // 91 days before 2026-11-20 is 2026-08-21: the measurement then was 150.
    assertThat(status(kpi(Better.HIGHER, null, null, Frequency.WEEKLY)).lastPeriod())
        .isEqualTo(150.0);
  }
}
