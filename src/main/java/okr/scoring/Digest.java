package okr.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import okr.model.EntryKind;
import okr.model.JournalEntry;
import okr.model.KeyResult;
import okr.model.Objective;
import okr.model.Period;
import okr.model.Workspace;

/**
 * What changed between two days, for the people who share the objectives: the check-ins made, what
 * they did to scores, objectives that changed band or pace, new problems, falling confidence, and
 * who has not checked in. "Before" is the day before {@code since}; "now" is {@code until}; both
 * ends of the interval count.
 *
 * @param checkins key results with journal entries in the interval (their own, or their KPI's), in
 *     file order
 * @param objectives objectives whose band or pace differs between before and now, in file order
 * @param problems entries in the interval that name problems, oldest first
 * @param fallingConfidence key results whose latest confidence is lower than before, file order
 * @param notCheckedIn owners of key results of objectives running on {@code until} with no entry in
 *     the interval, by name (no owner last)
 * @param activeKeyResults how many key results {@code notCheckedIn} was drawn from
 */
public record Digest(
    String workspaceName,
    LocalDate since,
    LocalDate until,
    List<KrChange> checkins,
    List<ObjectiveChange> objectives,
    List<Problem> problems,
    List<KrChange> fallingConfidence,
    List<Silent> notCheckedIn,
    int activeKeyResults) {

  public Digest {
    checkins = List.copyOf(checkins);
    objectives = List.copyOf(objectives);
    problems = List.copyOf(problems);
    fallingConfidence = List.copyOf(fallingConfidence);
    notCheckedIn = List.copyOf(notCheckedIn);
  }

  /**
   * A key result before and now, and the entries about it in the interval (its check-ins and its
   * KPI's measurements), oldest first.
   */
  public record KrChange(KrStatus before, KrStatus now, List<JournalEntry> entries) {

    public KrChange {
      entries = List.copyOf(entries);
    }

    public String ref() {
      return now.ref();
    }

    /** Score now minus score before; null when either has no data. */
    public Double delta() {
      return before.score() == null || now.score() == null ? null : now.score() - before.score();
    }
  }

  /** An objective before and now. */
  public record ObjectiveChange(ObjectiveStatus before, ObjectiveStatus now) {

    public boolean bandChanged() {
      return before.band() != now.band();
    }

    public boolean paceChanged() {
      return before.pace() != now.pace();
    }
  }

  /**
   * A journal entry in the interval with {@code problems:} text.
   *
   * @param about what the entry is about, by its current id: {@code objective/kr}, an objective or
   *     a KPI
   */
  public record Problem(JournalEntry entry, EntryKind kind, String about) {}

  /**
   * Someone who owns key results that had no entry in the interval.
   *
   * @param owner the key result's owner, else its objective's; null when neither names one
   */
  public record Silent(String owner, List<KrStatus> keyResults) {

    public Silent {
      keyResults = List.copyOf(keyResults);
    }
  }

  /** The digest of the objectives a selection picks, from {@code since} to {@code until}. */
  public static Digest of(Workspace ws, Selection selection, LocalDate since, LocalDate until) {
    if (since.isAfter(until)) {
      throw new IllegalArgumentException(since + " is after " + until);
    }
    Scorer before = new Scorer(ws, since.minusDays(1));
    Scorer now = new Scorer(ws, until);
    JournalView journal = now.journal();
    List<KrChange> checkins = new ArrayList<>();
    List<ObjectiveChange> objectives = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    List<KrChange> falling = new ArrayList<>();
    Map<String, List<KrStatus>> silent = new TreeMap<>(Comparator.nullsLast(String::compareTo));
    Set<JournalEntry> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    int active = 0;
    for (Objective o : ws.objectives()) {
      Optional<Period> period = now.periodOf(o);
      if (period.isEmpty() || !selection.matches(o, period.get())) {
        continue;
      }
      ObjectiveStatus then = before.objective(o);
      ObjectiveStatus status = now.objective(o);
      if (then.band() != status.band() || then.pace() != status.pace()) {
        objectives.add(new ObjectiveChange(then, status));
      }
      for (JournalEntry e : journal.entries(EntryKind.OBJECTIVE, o.id())) {
        if (within(e, since) && hasProblems(e) && seen.add(e)) {
          problems.add(new Problem(e, EntryKind.OBJECTIVE, o.id()));
        }
      }
      boolean running = period.get().contains(until);
      for (int i = 0; i < o.keyResults().size(); i++) {
        KeyResult kr = o.keyResults().get(i);
        KrStatus was = then.keyResults().get(i);
        KrStatus is = status.keyResults().get(i);
        List<JournalEntry> entries = new ArrayList<>();
        for (JournalEntry e : is.checkins()) {
          if (within(e, since)) {
            entries.add(e);
          }
        }
        if (kr.kpi() != null) {
          for (JournalEntry e : journal.entries(EntryKind.KPI, kr.kpi())) {
            if (within(e, since)) {
              entries.add(e);
            }
          }
        }
        entries.sort(Comparator.comparing(JournalEntry::at));
        KrChange change = new KrChange(was, is, entries);
        if (!entries.isEmpty()) {
          checkins.add(change);
        }
        for (JournalEntry e : entries) {
          if (hasProblems(e) && seen.add(e)) {
            boolean measurement = e.kind() == EntryKind.KPI;
            problems.add(
                new Problem(
                    e,
                    measurement ? EntryKind.KPI : EntryKind.KR,
                    measurement ? kr.kpi() : is.ref()));
          }
        }
        if (was.confidence() != null
            && is.confidence() != null
            && is.confidence() < was.confidence()) {
          falling.add(change);
        }
        if (running) {
          active++;
          if (entries.isEmpty()) {
            String owner = kr.owner() != null ? kr.owner() : o.header().owner();
            silent.computeIfAbsent(owner, k -> new ArrayList<>()).add(is);
          }
        }
      }
    }
    problems.sort(Comparator.comparing(p -> p.entry().at()));
    List<Silent> notCheckedIn = new ArrayList<>();
    silent.forEach((owner, krs) -> notCheckedIn.add(new Silent(owner, krs)));
    return new Digest(
        ws.settings().name(),
        since,
        until,
        checkins,
        objectives,
        problems,
        falling,
        notCheckedIn,
        active);
  }

  /** The number of journal entries in the interval about the key results shown. */
  public long entryCount() {
    Set<JournalEntry> entries = Collections.newSetFromMap(new IdentityHashMap<>());
    checkins.forEach(c -> entries.addAll(c.entries()));
    return entries.size();
  }

  private static boolean within(JournalEntry e, LocalDate since) {
    // The journal view already leaves out what came after the last day.
    return !e.at().toLocalDate().isBefore(since);
  }

  private static boolean hasProblems(JournalEntry e) {
    return e.problems() != null && !e.problems().isBlank();
  }
}
