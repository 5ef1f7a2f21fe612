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
  private final Bands bands;
  private final java.util.Map<String, ObjectiveStatus> scored = new java.util.HashMap<>();

  public Scorer(Workspace ws, LocalDate asOf) {
    this.ws = ws;
    this.settings = ws.settings();
    this.bands = Bands.of(settings);
    this.asOf = asOf;
    this.journal = new JournalView(ws, asOf);
  }

  public LocalDate asOf() {
    return asOf;
  }

  public JournalView journal() {
    return journal;
  }

  public Bands bands() {
    return bands;
  }

  /** A KPI's target in force on the day scored: its phased target then, else {@code target:}. */
  public Double kpiTarget(okr.model.Kpi kpi) {
    return KpiTargets.on(kpi, settings.calendar(), asOf);
  }

  /**
   * The days an objective covers: its period, else its start and due dates. With only one of the
   * two dates, a quarter (91 days) is assumed for the other.
   */
  public Optional<Period> periodOf(Objective o) {
    return settings.calendar().periodOf(o);
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
    return new Scorecard(
        settings.name(), headerPeriod, asOf, shown, bands, health(selection, headerPeriod));
  }

  /** The health metrics of a selection outside their green threshold, in file order. */
  private List<HealthAlert> health(Selection selection, Period headerPeriod) {
    KpiScorer kpis = new KpiScorer(journal, settings, asOf);
    List<HealthAlert> alerts = new ArrayList<>();
    for (okr.model.Kpi k : ws.kpis()) {
      if (k.health() && selection.matches(k)) {
        Optional<HealthAlert> alert = HealthAlert.of(kpis.status(k, headerPeriod.lengthInDays()));
        if (alert.isPresent()) {
          alerts.add(alert.get());
        }
      }
    }
    return alerts;
  }

  public ObjectiveStatus objective(Objective o) {
    return objective(o, new java.util.HashSet<>());
  }

  /** The progress of an objective's initiatives, which never counts in its score. */
  public List<InitiativeProgress> initiatives(Objective o) {
    return Initiatives.of(o, journal, asOf);
  }

  private ObjectiveStatus objective(Objective o, java.util.Set<String> visiting) {
    ObjectiveStatus done = scored.get(o.id());
    if (done != null) {
      return done;
    }
    visiting.add(o.id());
    Period period = periodOf(o).orElse(new Period("?", asOf, asOf));
    double expected = period.shareElapsed(asOf);
    Double grade = gradeOf(o, period);
    // From its last day on, a period's pace says nothing the grade does not: colour by the band.
    boolean finished = grade != null || !asOf.isBefore(period.end());
    boolean early = !finished && isEarly(period);
    List<KrStatus> krs = new ArrayList<>();
    for (KeyResult kr : o.keyResults()) {
      krs.add(keyResult(o, kr, period, expected, early, finished));
    }
    List<ObjectiveStatus> children = new ArrayList<>();
    if (o.rollup()) {
      for (Objective child : alignedTo(o, period)) {
        // A cycle in aligns_to is an error okr check reports; here it just stops the recursion.
        if (!visiting.contains(child.id())) {
          children.add(objective(child, visiting));
        }
      }
    }
    double weighted = 0;
    double paceWeighted = 0;
    double forecastWeighted = 0;
    double weights = 0;
    for (KrStatus kr : krs) {
      double w = kr.kr().weight();
      weighted += kr.counted() * w;
      paceWeighted += towardsTarget(kr) * w;
      forecastWeighted += (kr.forecast() == null ? kr.counted() : kr.forecast()) * w;
      weights += w;
    }
    for (ObjectiveStatus child : children) {
      double childScore = child.score() == null ? 0 : child.score();
      weighted += childScore;
      paceWeighted += Math.min(1, childScore / child.successAt());
      forecastWeighted += child.forecast() == null ? childScore : child.forecast();
      weights += 1;
    }
    // A closed period's grade is the objective's final score, whatever the files say now.
    Double score = grade != null ? grade : weights > 0 ? weighted / weights : null;
    Pace pace = null;
    if (weights > 0) {
      pace = early ? Pace.EARLY : Pace.of(paceWeighted / weights, expected);
    }
    Double forecast = finished || weights == 0 ? null : forecastWeighted / weights;
    Band band = score == null ? null : bands.grade(o.type(), score);
    Band colour = bands.colour(o.type(), score, pace, finished);

    List<JournalEntry> notes = journal.entries(EntryKind.OBJECTIVE, o.id());
    LocalDate last = lastDay(notes);
    for (KrStatus kr : krs) {
      if (kr.lastUpdate() != null && (last == null || kr.lastUpdate().isAfter(last))) {
        last = kr.lastUpdate();
      }
    }
    // The weakest key result sets the objective's confidence: a mean would hide it.
    Integer confidence = latestConfidence(notes);
    String confidenceOf = null;
    for (KrStatus kr : krs) {
      if (kr.confidence() != null && (confidenceOf == null || kr.confidence() < confidence)) {
        confidence = kr.confidence();
        confidenceOf = kr.kr().id();
      }
    }
    List<Integer> confidences = confidenceSeriesOfObjective(krs, notes);
    Long age = last == null ? null : ChronoUnit.DAYS.between(last, asOf);
    boolean stale = isStale(last, period.start(), period.end());
    ObjectiveStatus status =
        new ObjectiveStatus(
            o,
            period,
            krs,
            children,
            score,
            band,
            colour,
            pace,
            confidence,
            confidenceOf,
            Trend.of(confidences, TREND_LOOK_BACK),
            last,
            age,
            stale,
            expected,
            grade,
            forecast,
            bands.successAt(o.type()),
            finished);
    visiting.remove(o.id());
    scored.put(o.id(), status);
    return status;
  }

  /**
   * The objectives aligned to {@code o} or to one of its key results, whose period overlaps its
   * own, in file order.
   */
  private List<Objective> alignedTo(Objective o, Period period) {
    List<Objective> aligned = new ArrayList<>();
    Selection overlapping = new Selection(period, null, null);
    for (Objective child : ws.objectives()) {
      // With several parents, a child counts in each one's rollup.
      boolean under = false;
      for (String to : child.alignsTo()) {
        under |= okr.model.Ref.within(to, o.id());
      }
      if (under) {
        Optional<Period> childPeriod = periodOf(child);
        if (childPeriod.isPresent() && overlapping.overlaps(childPeriod.get())) {
          aligned.add(child);
        }
      }
    }
    return aligned;
  }

  /**
   * How far a key result is towards its target, 0..1, for pace: a metric's progress (a stretch does
   * not lower it), a line 1 while held, a milestone 1 when done, no data 0.
   */
  private static double towardsTarget(KrStatus kr) {
    if (kr.progress() == null) {
      return 0;
    }
    return Progress.score(kr.progress());
  }

  /** Too soon to judge pace: the first check-in interval of the period has not passed yet. */
  private boolean isEarly(Period period) {
    return period.daysSinceStart(asOf) < settings.checkinEveryDays();
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

  private KrStatus keyResult(
      Objective o, KeyResult kr, Period period, double expected, boolean early, boolean finished) {
    String ref = o.id() + "/" + kr.id();
    List<JournalEntry> checkins = journal.entries(EntryKind.KR, ref);
    List<Point> history = historyOf(kr, checkins);
    // Loops rather than streams here and below: each lambda a view meets is linked in the
    // interpreter on every run (docs/architecture.md).
    List<Double> values = new ArrayList<>(history.size());
    for (Point p : history) {
      values.add(p.value());
    }
    values = List.copyOf(values);
    List<JournalEntry> measurements =
        kr.kpi() == null ? List.of() : journal.entries(EntryKind.KPI, kr.kpi());
    Double current = values.isEmpty() ? null : values.get(values.size() - 1);
    Double progress = null;
    Double score = null;
    Line line = null;
    if (kr.isMilestone()) {
      progress = current;
      score = current;
    } else if (current != null && kr.target() != null && canMeasure(kr)) {
      progress = Progress.of(kr.effectiveDirection(), kr.baseline(), kr.target(), current);
      score = Progress.score(kr, current);
      if (kr.holdsLine()) {
        line = progress >= 1 ? Line.HELD : Line.BROKEN;
      }
    }
    Pace pace = null;
    if (progress != null) {
      if (early) {
        pace = Pace.EARLY;
      } else if (line != null) {
        pace = line == Line.HELD ? Pace.ON_TRACK : Pace.OFF_TRACK;
      } else if (!kr.isMilestone()) {
        pace = Pace.of(progress, expectedFor(kr, period, expected));
      } else if (progress >= 1) {
        pace = Pace.ON_TRACK;
      }
    }
    Double forecast = finished ? null : forecast(kr, history, period, score);
    LocalDate last = lastDay(checkins);
    LocalDate lastMeasured = lastDay(measurements);
    if (lastMeasured != null && (last == null || lastMeasured.isAfter(last))) {
      last = lastMeasured;
    }
    List<Integer> confidences = confidenceSeries(checkins);
    int interval = settings.checkinEveryDays();
    if (kr.kpi() != null) {
      // A KR fed by a KPI is as fresh as the KPI's measurements, which have their own rhythm.
      Optional<okr.model.Kpi> kpi = ws.kpi(kr.kpi());
      if (kpi.isPresent()) {
        interval = KpiRhythm.staleAfterDays(kpi.get(), settings);
      }
    }
    return new KrStatus(
        kr,
        ref,
        current,
        progress,
        score,
        line,
        pace,
        forecast,
        confidences.isEmpty() ? null : confidences.get(confidences.size() - 1),
        Trend.of(confidences, TREND_LOOK_BACK),
        last,
        last == null ? null : ChronoUnit.DAYS.between(last, asOf),
        isStale(last, period.start(), period.end(), interval),
        values,
        history,
        checkins);
  }

  /**
   * The score at the end of the period if the line from this period's first update to its latest
   * goes on; the current score when the period has fewer than two days of updates, 0 without data.
   */
  private Double forecast(KeyResult kr, List<Point> history, Period period, Double score) {
    if (score == null) {
      return 0.0;
    }
    if (kr.isMilestone() || kr.target() == null) {
      return score;
    }
    List<Point> inPeriod = new ArrayList<>(history.size());
    for (Point p : history) {
      if (!p.day().isBefore(period.start())) {
        inPeriod.add(p);
      }
    }
    if (inPeriod.size() < 2) {
      return score;
    }
    Point first = inPeriod.get(0);
    Point last = inPeriod.get(inPeriod.size() - 1);
    long days = ChronoUnit.DAYS.between(first.day(), last.day());
    if (days <= 0) {
      return score;
    }
    double perDay = (last.value() - first.value()) / days;
    long left = Math.max(0, ChronoUnit.DAYS.between(last.day(), period.end()));
    return Progress.score(kr, last.value() + perDay * left);
  }

  /** A metric KR needs a baseline to measure from, except when it holds a line. */
  private static boolean canMeasure(KeyResult kr) {
    Direction d = kr.effectiveDirection();
    boolean holdsLine = d == Direction.AT_LEAST || d == Direction.AT_MOST;
    return holdsLine || kr.baseline() != null && !kr.baseline().equals(kr.target());
  }

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
    LocalDate start = settings.calendar().startOf(g);
    if (start == null && !checkins.isEmpty()) {
      start = checkins.get(0).at().toLocalDate();
    }
    LocalDate due = settings.calendar().dueOf(g);
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
    Pace pace = null;
    if (progress != null && start != null && due != null) {
      pace =
          Period.between(start, due).daysSinceStart(asOf) < settings.checkinEveryDays()
                  && !asOf.isAfter(due)
              ? Pace.EARLY
              : Pace.of(progress, Period.between(start, due).shareElapsed(asOf));
    }
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
  /**
   * The share of a key result's time gone: to its own {@code due:} when that lies inside the period
   * (okr check reports one outside it), else the period's.
   */
  private double expectedFor(KeyResult kr, Period period, double periodShare) {
    LocalDate due = kr.due();
    if (due == null || due.isBefore(period.start()) || due.isAfter(period.end())) {
      return periodShare;
    }
    return Period.between(period.start(), due).shareElapsed(asOf);
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
          addConfidence(byDay, e);
        }
      }
    }
    for (JournalEntry e : notes) {
      if (e.confidence() != null) {
        addConfidence(byDay, e);
      }
    }
    List<Integer> series = new ArrayList<>();
    for (List<Integer> day : byDay.values()) {
      // The mean as IntStream.average gives it: an exact sum over the count.
      long sum = 0;
      for (int confidence : day) {
        sum += confidence;
      }
      series.add((int) Math.round((double) sum / day.size()));
    }
    return series;
  }

  private static void addConfidence(
      java.util.TreeMap<LocalDate, List<Integer>> byDay, JournalEntry e) {
    LocalDate day = e.at().toLocalDate();
    List<Integer> onDay = byDay.get(day);
    if (onDay == null) {
      onDay = new ArrayList<>();
      byDay.put(day, onDay);
    }
    onDay.add(e.confidence());
  }
}
