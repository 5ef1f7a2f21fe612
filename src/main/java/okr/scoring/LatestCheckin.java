package okr.scoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import okr.model.EntryKind;
import okr.model.JournalEntry;
import okr.model.KeyResult;
import okr.model.Objective;
import okr.model.Ref;
import okr.model.Workspace;

/**
 * A person's latest check-in, for {@code okr undo} and {@code okr checkin --amend}: the entry they
 * made last, about one target. One check-in can be two entries (a key result fed by a KPI records
 * its value as a measurement of that KPI beside the key result's own entry, written together); both
 * are taken back together, and nothing else: two check-ins backdated to the same day are two.
 */
public final class LatestCheckin {

  private LatestCheckin() {}

  /**
   * The entries of {@code by}'s latest check-in, about {@code ref} (an id or {@code obj/kr} as
   * typed today, renames followed) or about anything when {@code ref} is null; empty when there is
   * none.
   */
  public static List<JournalEntry> of(Workspace ws, String by, String ref) {
    Set<String> wanted = ref == null ? null : targetsOf(ws, key(ws, ref));
    // "Dana Scully" and dana are one person when okr.yaml's people: says so
    okr.model.People people = ws.settings().people();
    JournalEntry latest = null;
    // The journal is in order of time and id, so among entries made at the same moment the last
    // one wins.
    for (JournalEntry e : ws.journal()) {
      if (people.same(by, e.by())
          && (wanted == null || wanted.contains(keyOf(ws, e)))
          && (latest == null || !Workspace.madeBefore(e.id(), e.at(), latest.id(), latest.at()))) {
        latest = e;
      }
    }
    if (latest == null) {
      return List.of();
    }
    // The other half of the same check-in, if it had one: the key result's entry beside its
    // KPI's measurement, made by the same command (same person, same time, written together).
    String latestKey = keyOf(ws, latest);
    List<JournalEntry> entries = new ArrayList<>(List.of(latest));
    Set<String> partners = targetsOf(ws, latestKey);
    JournalEntry partner = null;
    for (JournalEntry e : ws.journal()) {
      if (e != latest
          && people.same(by, e.by())
          && e.at().equals(latest.at())
          && !keyOf(ws, e).equals(latestKey)
          && partners.contains(keyOf(ws, e))
          && writtenTogether(e, latest)) {
        partner = e;
      }
    }
    if (partner != null) {
      entries.add(0, partner);
    }
    return entries;
  }

  /**
   * Whether two entries were written by one command: their ids say they were written within a
   * second of each other (entries without a written time: when they have the same time).
   */
  private static boolean writtenTogether(JournalEntry a, JournalEntry b) {
    java.util.Optional<java.time.Instant> ta = okr.model.EntryId.writtenAt(a.id());
    java.util.Optional<java.time.Instant> tb = okr.model.EntryId.writtenAt(b.id());
    if (ta.isEmpty() || tb.isEmpty()) {
      return ta.isEmpty() && tb.isEmpty();
    }
    return Math.abs(ta.get().toEpochMilli() - tb.get().toEpochMilli()) < 1000;
  }

  private static String keyOf(Workspace ws, JournalEntry e) {
    return e.kind().key() + ":" + ws.currentOf(e);
  }

  /**
   * The key of a typed reference: {@code kr:obj/kr} or {@code initiative:obj/id}, else the first
   * kind that has the id.
   */
  private static String key(Workspace ws, String typed) {
    String ref = ws.current(typed);
    Ref parsed = Ref.parse(ref);
    if (parsed.isKeyResult()) {
      boolean initiative =
          ws.objective(parsed.objective())
              .map(o -> o.initiative(parsed.keyResult()).isPresent())
              .orElse(false);
      return (initiative ? EntryKind.INITIATIVE : EntryKind.KR).key() + ":" + ref;
    }
    if (ws.objective(ref).isPresent()) {
      return EntryKind.OBJECTIVE.key() + ":" + ref;
    }
    if (ws.kpi(ref).isPresent()) {
      return EntryKind.KPI.key() + ":" + ref;
    }
    return EntryKind.GOAL.key() + ":" + ref;
  }

  /**
   * The keys one check-in about {@code key} writes: a key result and the KPI that feeds it, or a
   * KPI and the key results it feeds.
   */
  private static Set<String> targetsOf(Workspace ws, String key) {
    Set<String> keys = new HashSet<>();
    keys.add(key);
    for (Objective o : ws.objectives()) {
      for (KeyResult kr : o.keyResults()) {
        if (kr.kpi() == null) {
          continue;
        }
        String krKey = EntryKind.KR.key() + ":" + Ref.of(o.id(), kr.id());
        String kpiKey = EntryKind.KPI.key() + ":" + kr.kpi();
        if (key.equals(krKey)) {
          keys.add(kpiKey);
        } else if (key.equals(kpiKey)) {
          keys.add(krKey);
        }
      }
    }
    return keys;
  }
}
