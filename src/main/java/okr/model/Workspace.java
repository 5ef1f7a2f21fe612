package okr.model;

import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Everything read from one workspace: settings, goal files and the journal. {@code journal} holds
 * the entries that count; {@code retracted} the ones a later {@link Retraction} took back, kept for
 * the log.
 */
public record Workspace(
    Path root,
    Settings settings,
    List<Objective> objectives,
    List<Kpi> kpis,
    List<SmartGoal> goals,
    List<JournalEntry> journal,
    List<Grade> grades,
    List<Rename> renames,
    List<JournalEntry> retracted,
    List<Retraction> retractions) {

  public Workspace {
    objectives = new ById<>(objectives, OBJECTIVE_ID);
    kpis = new ById<>(kpis, KPI_ID);
    goals = new ById<>(goals, GOAL_ID);
    journal = List.copyOf(journal);
    grades = List.copyOf(grades);
    renames = List.copyOf(renames);
    retracted = List.copyOf(retracted);
    retractions = List.copyOf(retractions);
  }

  /** A workspace whose journal holds no grades, renames or retractions. */
  public Workspace(
      Path root,
      Settings settings,
      List<Objective> objectives,
      List<Kpi> kpis,
      List<SmartGoal> goals,
      List<JournalEntry> journal) {
    this(
        root,
        settings,
        objectives,
        kpis,
        goals,
        journal,
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  /**
   * The id a reference typed today stands for: every rename is followed, in the order they were
   * made, for ids and for the objective part of {@code objective/kr} references.
   */
  public String current(String ref) {
    return follow(ref, null, null);
  }

  /**
   * The id a reference written in a journal entry stands for today: the renames made after the
   * entry are followed, and those made before it only while nothing has the old id again (the entry
   * was written in a clone that had not seen the rename), so an id used again after a rename keeps
   * its own history.
   *
   * @param id the entry's id (its written time, when it has one, orders it against renames)
   * @param at the entry's time, for entries whose id carries no written time
   */
  public String currentOf(String ref, String id, OffsetDateTime at) {
    return follow(ref, id, at);
  }

  /** What a journal entry is about today: {@link #currentOf(String, String, OffsetDateTime)}. */
  public String currentOf(JournalEntry entry) {
    return currentOf(entry.ref(), entry.id(), entry.at());
  }

  /** What a grade is about today: {@link #currentOf(String, String, OffsetDateTime)}. */
  public String currentOf(Grade grade) {
    return currentOf(grade.ref(), grade.id(), grade.at());
  }

  /**
   * The id a reference read from an old version of a goal file stands for today: that version was
   * written once the renames {@code made} had been made (those its commit's journal holds), so its
   * ids already carry them; every other rename is followed, in the order they were made. Unlike a
   * journal entry's, a version's ids are never guessed at by time: in a swap through a temporary id
   * (k → t, j → k, t → j) the same id names two goals before and after.
   */
  public String currentAfter(String ref, Predicate<Rename> made) {
    if (ref == null || renames.isEmpty()) {
      return ref;
    }
    String result = ref;
    for (Rename rename : renames) {
      if (!made.test(rename) && renamed(result, rename)) {
        result = rename.to() + result.substring(rename.from().length());
      }
    }
    return result;
  }

  /** Whether {@code ref} is the old id of {@code rename}, or a key result of that objective. */
  private static boolean renamed(String ref, Rename rename) {
    return ref.equals(rename.from()) || ref.startsWith(rename.from() + "/");
  }

  /**
   * The ids that things which once had the id {@code ref} have today, when nothing has it now: for
   * each rename away from it, where the renames from then on took it. Empty for an id never renamed
   * away.
   */
  public Set<String> renamedAway(String ref) {
    Set<String> today = new LinkedHashSet<>();
    for (int i = 0; i < renames.size(); i++) {
      if (!renamed(ref, renames.get(i))) {
        continue;
      }
      String result = ref;
      for (Rename rename : renames.subList(i, renames.size())) {
        if (renamed(result, rename)) {
          result = rename.to() + result.substring(rename.from().length());
        }
      }
      today.add(result);
    }
    return today;
  }

  // Classes rather than method references: each lambda a view meets is linked in the
  // interpreter on every run, archived or not (docs/architecture.md).
  private static final java.util.function.Function<Objective, String> OBJECTIVE_ID =
      new java.util.function.Function<>() {
        @Override
        public String apply(Objective o) {
          return o.id();
        }
      };

  private static final java.util.function.Function<Kpi, String> KPI_ID =
      new java.util.function.Function<>() {
        @Override
        public String apply(Kpi k) {
          return k.id();
        }
      };

  private static final java.util.function.Function<SmartGoal, String> GOAL_ID =
      new java.util.function.Function<>() {
        @Override
        public String apply(SmartGoal g) {
          return g.id();
        }
      };

  private String follow(String ref, String entryId, OffsetDateTime entryAt) {
    if (ref == null || renames.isEmpty()) {
      // (Before the lambda below is made: most workspaces have no renames.)
      return ref;
    }
    return follow(
        ref, rename -> entryAt != null && madeBefore(rename.id(), rename.at(), entryId, entryAt));
  }

  private String follow(String ref, Predicate<Rename> madeAfter) {
    if (ref == null || renames.isEmpty()) {
      return ref;
    }
    String result = ref;
    for (Rename rename : renames) {
      if (!renamed(result, rename)) {
        continue;
      }
      // An entry made after the rename follows it only while the old id is gone: written in a
      // clone that had not seen the rename yet. Once something else has the old id again, entries
      // made after the rename are that one's.
      if (madeAfter.test(rename) && names(rename.from())) {
        continue;
      }
      result = rename.to() + result.substring(rename.from().length());
    }
    return result;
  }

  /**
   * Whether an objective, KPI, goal, key result or initiative ({@code objective/kr}, {@code
   * objective/initiative}) has this id now.
   */
  public boolean names(String ref) {
    Ref parsed = Ref.parse(ref);
    if (!parsed.isKeyResult()) {
      return objective(ref).isPresent() || kpi(ref).isPresent() || goal(ref).isPresent();
    }
    String child = parsed.keyResult();
    return objective(parsed.objective())
        .map(o -> o.keyResult(child).isPresent() || o.initiative(child).isPresent())
        .orElse(false);
  }

  /**
   * Whether journal entry a was made before entry b: by the time in their ids (two ids okr wrote
   * compare as text, which also orders the entries of one command), else by their {@code at}.
   */
  public static boolean madeBefore(String aId, OffsetDateTime aAt, String bId, OffsetDateTime bAt) {
    boolean aWritten = EntryId.writtenAt(aId).isPresent();
    boolean bWritten = EntryId.writtenAt(bId).isPresent();
    if (aWritten && bWritten) {
      return aId.compareTo(bId) < 0;
    }
    return madeAt(aId, aAt).isBefore(madeAt(bId, bAt));
  }

  /** When a journal entry was made: the time in its id, else its {@code at}. */
  public static Instant madeAt(String id, OffsetDateTime at) {
    return EntryId.writtenAt(id).orElse(at.toInstant());
  }

  /** The grades given when a period was closed; empty while it is open. */
  public List<Grade> gradesOf(String period) {
    return grades.stream().filter(g -> g.period().equals(period)).toList();
  }

  public Optional<Objective> objective(String id) {
    return ((ById<Objective>) objectives).find(id);
  }

  public Optional<Kpi> kpi(String id) {
    return ((ById<Kpi>) kpis).find(id);
  }

  public Optional<SmartGoal> goal(String id) {
    return ((ById<SmartGoal>) goals).find(id);
  }
}
