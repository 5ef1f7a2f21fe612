package okr.scoring;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okr.model.Direction;
import okr.model.EntryKind;
import okr.model.JournalEntry;
import okr.model.KeyResult;
import okr.model.Measure;
import okr.model.Objective;
import okr.model.Period;
import okr.model.Settings;
import okr.model.SmartGoal;
import okr.model.Workspace;

/** Scores objectives, key results and goals as of one day, from the journal up to that day. */
public final class Scorer {

  /** How many check-ins back a confidence trend looks. */
  private static final int TREND_LOOK_BACK = 2;

  private final Workspace ws;
  private final Settings settings;
  private final LocalDate asOf;
  private final JournalView journal;

  public Scorer(Workspace ws, LocalDate asOf) {
    this.ws = ws;
    this.settings = ws.settings();
    this.asOf = asOf;
    this.journal = new JournalView(ws, asOf);
  }

  public LocalDate asOf() {
    return asOf;
  }

  public JournalView journal() {
    return journal;
  }

  /**
   * The days an objective covers: its period, else its start and due dates. With only one of the
   * two dates, a quarter (91 days) is assumed for the other.
   */
  public Optional<Period> periodOf(Objective o) {
    if (o.period() != null) {
      return settings.calendar().resolve(o.period());
    }
    return Periods.fromDates(o.start(), o.due());
  }

  /** The objectives a selection shows, scored, in file order. */
  public Scorecard scorecard(Selection selection, Period headerPeriod) {
    List<ObjectiveStatus> shown = new ArrayList<>();
    for (Objective o : ws.objectives()) {
      Optional<Period> period = periodOf(o);
      if (period.isPresent() && selection.matches(o, period.get())) {
        shown.add(objective(o));
      }
    }
    return new Scorecard(settings.name(), headerPeriod, asOf, shown);
  }

  public ObjectiveStatus objective(Objective o) {
    Period period = periodOf(o).orElse(new Period("?", asOf, asOf));
    double expected = elapsedShare(period.start(), period.end());
    List<KrStatus> krs = new ArrayList<>();
    for (KeyResult kr : o.keyResults()) {
      krs.add(keyResult(o, kr, period, expected));
    }
    double weighted = 0;
    double progressWeighted = 0;
    double weights = 0;
    for (KrStatus kr : krs) {
      if (kr.hasData()) {
        weighted += kr.score() * kr.kr().weight();
        progressWeighted += Math.min(1, kr.progress()) * kr.kr().weight();
        weights += kr.kr().weight();
      }
    }
    Double grade = gradeOf(o, period);
    // A closed period's grade is the objective's final score, whatever the files say now.
    Double score = grade != null ? grade : weights > 0 ? weighted / weights : null;
    Band band = score == null ? null : Band.of(score, settings.greenAt(), settings.amberAt());
    Pace pace = weights > 0 ? Pace.of(progressWeighted / weights, expected) : null;

    List<JournalEntry> notes = journal.entries(EntryKind.OBJECTIVE, o.id());
    List<Integer> confidences = new ArrayList<>();
    LocalDate last = lastDay(notes);
    for (KrStatus kr : krs) {
      if (kr.lastUpdate() != null && (last == null || kr.lastUpdate().isAfter(last))) {
        last = kr.lastUpdate();
      }
    }
    // The objective's confidence is the mean of its KRs' latest confidences, rounded.
    List<Integer> latest = krs.stream().map(KrStatus::confidence).filter(c -> c != null).toList();
    Integer confidence = latestConfidence(notes);
    if (!latest.isEmpty()) {
      confidence =
          (int) Math.round(latest.stream().mapToInt(Integer::intValue).average().orElse(0));
    }
    confidences.addAll(confidenceSeriesOfObjective(krs, notes));
    Long age = last == null ? null : ChronoUnit.DAYS.between(last, asOf);
    boolean stale = isStale(last, period.start(), period.end());
    return new ObjectiveStatus(
        o,
        period,
        krs,
        score,
        band,
        pace,
        confidence,
        Trend.of(confidences, TREND_LOOK_BACK),
        last,
        age,
        stale,
        expected,
        grade);
  }

  /** The grade recorded for an objective when its period was closed (and not after asOf). */
  private Double gradeOf(Objective o, Period period) {
    Double grade = null;
    for (okr.model.Grade g : ws.grades()) {
      if (g.kind() == EntryKind.OBJECTIVE
          && o.id().equals(ws.currentOf(g))
          && g.period().equals(period.label())
          && !g.at().toLocalDate().isAfter(asOf)) {
        grade = g.score();
      }
    }
    return grade;
  }

  private KrStatus keyResult(Objective o, KeyResult kr, Period period, double expected) {
    String ref = o.id() + "/" + kr.id();
    List<JournalEntry> checkins = journal.entries(EntryKind.KR, ref);
    List<Point> history = historyOf(kr, checkins);
    List<Double> values = history.stream().map(Point::value).toList();
    List<JournalEntry> measurements =
        kr.kpi() == null ? List.of() : journal.entries(EntryKind.KPI, kr.kpi());
    Double current = values.isEmpty() ? null : values.get(values.size() - 1);
    Double progress = null;
    if (kr.isMilestone()) {
      progress = current;
    } else if (current != null && kr.target() != null && canMeasure(kr)) {
      progress = Progress.of(kr.effectiveDirection(), kr.baseline(), kr.target(), current);
    }
    Double score = progress == null ? null : Progress.score(progress);
    Pace pace = null;
    if (progress != null && !kr.isMilestone()) {
      pace = Pace.of(progress, expected);
    } else if (progress != null && progress >= 1) {
      pace = Pace.ON_TRACK;
    }
    LocalDate last = lastDay(checkins);
    LocalDate lastMeasured = lastDay(measurements);
    if (lastMeasured != null && (last == null || lastMeasured.isAfter(last))) {
      last = lastMeasured;
    }
    List<Integer> confidences = confidenceSeries(checkins);
    int interval = settings.checkinEveryDays();
    if (kr.kpi() != null) {
      // A KR fed by a KPI is as fresh as the KPI's measurements, which have their own rhythm.
      interval = ws.kpi(kr.kpi()).map(k -> KpiRhythm.staleAfterDays(k, settings)).orElse(interval);
    }
    return new KrStatus(
        kr,
        ref,
        current,
        progress,
        score,
        pace,
        confidences.isEmpty() ? null : confidences.get(confidences.size() - 1),
        Trend.of(confidences, TREND_LOOK_BACK),
        last,
        last == null ? null : ChronoUnit.DAYS.between(last, asOf),
        isStale(last, period.start(), period.end(), interval),
        values,
        history,
        checkins);
  }

  /** A metric KR needs a baseline to measure from, except when it holds a line. */
  private static boolean canMeasure(KeyResult kr) {
    Direction d = kr.effectiveDirection();
    boolean holdsLine = d == Direction.AT_LEAST || d == Direction.AT_MOST;
    return holdsLine || kr.baseline() != null && !kr.baseline().equals(kr.target());
  }

  /** The value after each update: KPI measurements, running totals, or plain check-ins. */
  /** The value after each update, with its day: KPI measurements, running totals, check-ins. */
  private List<Point> historyOf(KeyResult kr, List<JournalEntry> checkins) {
    List<Point> points = new ArrayList<>();
    if (kr.isMilestone()) {
      for (JournalEntry e : checkins) {
        if (e.done() != null) {
          points.add(new Point(e.at().toLocalDate(), e.done() ? 1.0 : 0.0));
        }
      }
      return points;
    }
    if (kr.kpi() != null) {
      for (JournalEntry e : journal.entries(EntryKind.KPI, kr.kpi())) {
        if (e.value() != null) {
          points.add(new Point(e.at().toLocalDate(), e.value()));
        }
      }
      return points;
    }
    double total = kr.baseline() == null ? 0 : kr.baseline();
    for (JournalEntry e : checkins) {
      if (e.value() != null) {
        total = kr.cumulative() ? total + e.value() : e.value();
        points.add(new Point(e.at().toLocalDate(), total));
      }
    }
    return points;
  }

  public GoalStatus goal(SmartGoal g) {
    List<JournalEntry> checkins = journal.entries(EntryKind.GOAL, g.id());
    Measure m = g.measure();
    List<Double> values = new ArrayList<>();
    double total = m == null || m.baseline() == null ? 0 : m.baseline();
    for (JournalEntry e : checkins) {
      if (e.value() != null) {
        total = m != null && m.cumulative() ? total + e.value() : e.value();
        values.add(total);
      }
    }
    Optional<Period> period =
        g.period() != null ? settings.calendar().resolve(g.period()) : Optional.empty();
    LocalDate start = g.start() != null ? g.start() : period.map(Period::start).orElse(null);
    if (start == null && !checkins.isEmpty()) {
      start = checkins.get(0).at().toLocalDate();
    }
    LocalDate due = g.due() != null ? g.due() : period.map(Period::end).orElse(null);
    Double current = values.isEmpty() ? null : values.get(values.size() - 1);
    Double progress = null;
    if (current != null && m != null && m.target() != null) {
      Double baseline = m.baseline() == null ? 0.0 : m.baseline();
      Direction direction = m.direction();
      if (direction == null) {
        direction = m.target() < baseline ? Direction.DECREASE : Direction.INCREASE;
      }
      if (!baseline.equals(m.target())
          || direction == Direction.AT_LEAST
          || direction == Direction.AT_MOST) {
        progress = Progress.of(direction, baseline, m.target(), current);
      }
    }
    Double score = progress == null ? null : Progress.score(progress);
    Pace pace =
        progress != null && start != null && due != null
            ? Pace.of(progress, elapsedShare(start, due))
            : null;
    LocalDate last = lastDay(checkins);
    List<Integer> confidences = confidenceSeries(checkins);
    return new GoalStatus(
        g,
        current,
        progress,
        score,
        pace,
        confidences.isEmpty() ? null : confidences.get(confidences.size() - 1),
        start,
        due,
        due == null ? null : ChronoUnit.DAYS.between(asOf, due),
        last,
        last == null ? null : ChronoUnit.DAYS.between(last, asOf),
        score != null
            && score < 1
            && isStale(last, start == null ? asOf : start, due == null ? asOf : due),
        values,
        checkins);
  }

  /** The share of [start, end] that has passed by the end of the as-of day, 0..1. */
  double elapsedShare(LocalDate start, LocalDate end) {
    long length = ChronoUnit.DAYS.between(start, end) + 1;
    long elapsed = ChronoUnit.DAYS.between(start, asOf) + 1;
    return Math.max(0, Math.min(1, (double) elapsed / length));
  }

  /**
   * Stale: no update for longer than {@code checkin_every} while the period runs. Before the first
   * check-in, the clock starts at the beginning of the period.
   */
  private boolean isStale(LocalDate last, LocalDate start, LocalDate end) {
    return isStale(last, start, end, settings.checkinEveryDays());
  }

  private boolean isStale(LocalDate last, LocalDate start, LocalDate end, int intervalDays) {
    if (asOf.isBefore(start) || asOf.isAfter(end)) {
      return false;
    }
    LocalDate since = last == null ? start : last;
    return ChronoUnit.DAYS.between(since, asOf) > intervalDays;
  }

  private static LocalDate lastDay(List<JournalEntry> entries) {
    return entries.isEmpty() ? null : entries.get(entries.size() - 1).at().toLocalDate();
  }

  private static List<Integer> confidenceSeries(List<JournalEntry> entries) {
    List<Integer> series = new ArrayList<>();
    for (JournalEntry e : entries) {
      if (e.confidence() != null) {
        series.add(e.confidence());
      }
    }
    return series;
  }

  private static Integer latestConfidence(List<JournalEntry> entries) {
    List<Integer> series = confidenceSeries(entries);
    return series.isEmpty() ? null : series.get(series.size() - 1);
  }

  /** One confidence per check-in day across the objective, averaged over its KRs that day. */
  private static List<Integer> confidenceSeriesOfObjective(
      List<KrStatus> krs, List<JournalEntry> notes) {
    java.util.TreeMap<LocalDate, List<Integer>> byDay = new java.util.TreeMap<>();
    for (KrStatus kr : krs) {
      for (JournalEntry e : kr.checkins()) {
        if (e.confidence() != null) {
          byDay.computeIfAbsent(e.at().toLocalDate(), d -> new ArrayList<>()).add(e.confidence());
        }
      }
    }
    for (JournalEntry e : notes) {
      if (e.confidence() != null) {
        byDay.computeIfAbsent(e.at().toLocalDate(), d -> new ArrayList<>()).add(e.confidence());
      }
    }
    List<Integer> series = new ArrayList<>();
    byDay
        .values()
        .forEach(
            day ->
                series.add(
                    (int)
                        Math.round(day.stream().mapToInt(Integer::intValue).average().orElse(0))));
    return series;
  }
}
