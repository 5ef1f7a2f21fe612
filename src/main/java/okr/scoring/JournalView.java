package okr.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import okr.model.EntryKind;
import okr.model.JournalEntry;
import okr.model.Workspace;

/**
 * The journal as it stood at the end of a day: entries after it are left out, so every view can be
 * replayed "as of" any date. Entries are grouped by what they are about, oldest first.
 *
 * <p>Grouping a large journal is not free (50,000 entries, each with its renames followed), so one
 * view serves every reader of the same day: {@code okr check} builds it once for all its rules.
 */
public final class JournalView {

  /** By kind first, so that a look-up needs no key made of kind and id together. */
  private final Map<EntryKind, Map<String, List<JournalEntry>>> byTarget =
      new EnumMap<>(EntryKind.class);

  public JournalView(Workspace ws, LocalDate asOf) {
    for (EntryKind kind : EntryKind.values()) {
      byTarget.put(kind, new HashMap<>());
    }
    for (JournalEntry entry : ws.journal()) {
      if (!entry.at().toLocalDate().isAfter(asOf)) {
        // An entry written under an id that was renamed since counts for the new id.
        // (No lambda: each is linked in the interpreter on every run.)
        Map<String, List<JournalEntry>> ofKind = byTarget.get(entry.kind());
        String ref = ws.currentOf(entry);
        List<JournalEntry> entries = ofKind.get(ref);
        if (entries == null) {
          entries = new ArrayList<>();
          ofKind.put(ref, entries);
        }
        entries.add(entry);
      }
    }
  }

  /** The entries about {@code ref}, oldest first; empty when there are none. */
  public List<JournalEntry> entries(EntryKind kind, String ref) {
    return byTarget.get(kind).getOrDefault(ref, List.of());
  }
}
