package okr.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import okr.model.EntryKind;
import okr.model.JournalEntry;
import okr.model.Workspace;

/**
 * The journal as it stood at the end of a day: entries after it are left out, so every view can be
 * replayed "as of" any date. Entries are grouped by what they are about, oldest first.
 */
public final class JournalView {

  private final Map<String, List<JournalEntry>> byTarget = new HashMap<>();

  public JournalView(Workspace ws, LocalDate asOf) {
    for (JournalEntry entry : ws.journal()) {
      if (!entry.at().toLocalDate().isAfter(asOf)) {
        // An entry written under an id that was renamed since counts for the new id.
        byTarget
            .computeIfAbsent(key(entry.kind(), ws.currentOf(entry)), k -> new ArrayList<>())
            .add(entry);
      }
    }
  }

  public List<JournalEntry> entries(EntryKind kind, String ref) {
    return byTarget.getOrDefault(key(kind, ref), List.of());
  }

  private static String key(EntryKind kind, String ref) {
    return kind.key() + ":" + ref;
  }
}
