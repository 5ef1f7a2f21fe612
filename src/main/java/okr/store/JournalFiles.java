package okr.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okr.model.Diagnostic;
import okr.model.Grade;
import okr.model.JournalEntry;
import okr.model.Rename;
import okr.model.Retraction;
import okr.model.SourceSpan;
import okr.model.Workspace;

/**
 * The journal files of a workspace put together: every entry once, however many copies git carried
 * (a cherry-pick merged later holds the same line twice), ordered by time and then by id, with the
 * retracted entries set apart.
 */
final class JournalFiles {

  private JournalFiles() {}

  /** The whole journal, ready for a {@link Workspace}. */
  record Read(
      List<JournalEntry> entries,
      List<Grade> grades,
      List<Rename> renames,
      List<JournalEntry> retracted,
      List<Retraction> retractions) {}

  /**
   * A builder for one workspace's journal. Made here rather than with {@code new Builder}, so that
   * this class (the builder's nest host) is linked before the builder makes its lambdas: a Java 17
   * class-data archive keeps no lambda whose nest host was not yet linked when it was made, and the
   * builder's thirteen were spun anew on every run (about 10 ms of a warm status).
   */
  static Builder builder(List<Diagnostic> problems) {
    return new Builder(problems);
  }

  static final class Builder {

    private final List<Diagnostic> problems;
    private final List<JournalEntry> entries = new ArrayList<>();
    private final List<Grade> grades = new ArrayList<>();
    private final List<Rename> renames = new ArrayList<>();
    private final List<Retraction> retractions = new ArrayList<>();
    private final List<JournalReader.Reopening> reopenings = new ArrayList<>();

    /**
     * Each id seen, with the entry that had it: to drop copies and report clashes. The entry's
     * content is spelled out only when a second entry has its id (rare), rather than held as text
     * for every entry of the journal.
     */
    private final Map<String, Object> seen = new HashMap<>();

    private Builder(List<Diagnostic> problems) {
      this.problems = problems;
    }

    void add(JournalReader.Contents contents) {
      for (JournalEntry e : contents.entries()) {
        if (first(e.id(), e)) {
          entries.add(e);
        }
      }
      for (Grade g : contents.grades()) {
        if (first(g.id(), g)) {
          grades.add(g);
        }
      }
      for (Rename r : contents.renames()) {
        if (first(r.id(), r)) {
          renames.add(r);
        }
      }
      for (Retraction r : contents.retractions()) {
        if (first(r.id(), r)) {
          retractions.add(r);
        }
      }
      for (JournalReader.Reopening r : contents.reopenings()) {
        if (first(r.id(), r)) {
          reopenings.add(r);
        }
      }
    }

    /**
     * Whether this is the first entry with {@code id}. A copy with the same content is the same
     * entry carried twice and is dropped quietly; different content under one id is an error, and
     * the second is left out.
     */
    private boolean first(String id, Object entry) {
      Object before = seen.putIfAbsent(id, entry);
      if (before == null) {
        return true;
      }
      if (!content(before).equals(content(entry))) {
        // Made only here: a place per entry, for all 50,000, was made and dropped before.
        SourceSpan place = placeOf(entry);
        SourceSpan beforePlace = placeOf(before);
        problems.add(
            Diagnostic.error(
                "duplicate-entry-id",
                place,
                "another journal entry has the id `"
                    + id
                    + "` ("
                    + shown(beforePlace.file())
                    + ":"
                    + beforePlace.line()
                    + "), with different content; this one is not counted",
                "each entry has an id of its own: if this line was copied and edited, remove its"
                    + " `id:` and okr names it by its content"));
      }
      return false;
    }

    Read build() {
      Set<String> retractedIds = new HashSet<>();
      for (Retraction r : retractions) {
        retractedIds.add(r.retracts());
      }
      List<JournalEntry> live = new ArrayList<>();
      List<JournalEntry> retracted = new ArrayList<>();
      for (JournalEntry e : entries) {
        (retractedIds.contains(e.id()) ? retracted : live).add(e);
      }
      // Loops and classes rather than lambdas: each lambda is linked in the interpreter on every
      // run, archived or not, and this runs for every view (docs/architecture.md).
      ByTime.sort(live);
      ByTime.sort(retracted);
      ByTime.sort(grades);
      // A reopened period's earlier grades are history, not its grade: it may be closed again.
      if (!reopenings.isEmpty()) {
        List<Grade> current = new ArrayList<>(grades.size());
        for (Grade g : grades) {
          if (!reopened(g)) {
            current.add(g);
          }
        }
        grades.clear();
        grades.addAll(current);
      }
      // Renames apply in the order they were made, which is what their ids record.
      if (renames.size() > 1) {
        renames.sort(new InOrderMade());
      }
      ByTime.sort(retractions);
      return new Read(live, grades, renames, retracted, retractions);
    }

    private boolean reopened(Grade g) {
      for (JournalReader.Reopening r : reopenings) {
        if (reopens(r, g)) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * What an entry, grade, rename, retraction or reopening says, to compare two that have one id.
   */
  private static String content(Object entry) {
    if (entry instanceof JournalEntry e) {
      return content(e);
    } else if (entry instanceof Grade g) {
      return content(g);
    } else if (entry instanceof Rename r) {
      return content(r);
    } else if (entry instanceof JournalReader.Reopening r) {
      return JournalReader.fields(r.at(), r.by(), r.period(), r.note());
    }
    return content((Retraction) entry);
  }

  /** Where an entry, grade, rename or retraction was written (its {@code at}). */
  private static SourceSpan placeOf(Object entry) {
    if (entry instanceof JournalEntry e) {
      return e.spans().at("at");
    } else if (entry instanceof Grade g) {
      return g.spans().at("at");
    } else if (entry instanceof Rename r) {
      return r.spans().at("at");
    } else if (entry instanceof JournalReader.Reopening r) {
      return r.spans().at("at");
    }
    return ((Retraction) entry).spans().at("at");
  }

  /** Whether {@code r} reopened the period of grade {@code g} after it was given. */
  /** Renames in the order they were made. */
  private static final class InOrderMade implements java.util.Comparator<Rename> {
    @Override
    public int compare(Rename a, Rename b) {
      return Workspace.madeBefore(a.id(), a.at(), b.id(), b.at())
          ? -1
          : Workspace.madeBefore(b.id(), b.at(), a.id(), a.at()) ? 1 : 0;
    }
  }

  private static boolean reopens(JournalReader.Reopening r, Grade g) {
    return r.period().equals(g.period()) && Workspace.madeBefore(g.id(), g.at(), r.id(), r.at());
  }

  private static String content(JournalEntry e) {
    return JournalReader.fields(
        e.at(),
        e.by(),
        e.kind(),
        e.ref(),
        e.value(),
        e.done(),
        e.confidence(),
        e.progress(),
        e.plans(),
        e.problems());
  }

  private static String content(Grade g) {
    return JournalReader.fields(g.at(), g.by(), g.period(), g.kind(), g.ref(), g.score(), g.note());
  }

  private static String content(Rename r) {
    return JournalReader.fields(r.at(), r.by(), r.from(), r.to());
  }

  private static String content(Retraction r) {
    return JournalReader.fields(r.at(), r.by(), r.retracts());
  }

  /** A journal file as its folder and name, {@code 2026-11/dana.yaml}, or its name alone. */
  private static String shown(java.nio.file.Path file) {
    java.nio.file.Path folder = file.getParent();
    return folder != null && folder.getFileName().toString().matches("[0-9]{4}-[0-9]{2}")
        ? folder.getFileName() + "/" + file.getFileName()
        : file.getFileName().toString();
  }
}
