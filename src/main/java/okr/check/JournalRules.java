package okr.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import okr.model.Diagnostic;
import okr.model.EntryKind;
import okr.model.JournalEntry;
import okr.model.KeyResult;
import okr.model.Objective;
import okr.model.Retraction;
import okr.model.Workspace;

/**
 * Check-ins must carry values their key result can use, and confidence on the 0-10 scale; a
 * retraction must name a check-in, measurement or note that is in the journal.
 */
final class JournalRules implements WorkspaceRule {

  @Override
  public void check(Workspace ws, java.time.LocalDate today, List<Diagnostic> out) {
    Map<String, KeyResult> krs = new HashMap<>();
    for (Objective o : ws.objectives()) {
      for (KeyResult kr : o.keyResults()) {
        krs.put(o.id() + "/" + kr.id(), kr);
      }
    }
    for (JournalEntry entry : ws.journal()) {
      if (entry.confidence() != null && (entry.confidence() < 0 || entry.confidence() > 10)) {
        out.add(
            Diagnostic.error(
                "confidence-range",
                entry.spans().at("confidence"),
                "`confidence: " + entry.confidence() + "` is outside 0-10",
                "write how likely the target is met, from 0 (no chance) to 10 (certain)"));
      }
      String ref = ws.currentOf(entry);
      if (entry.kind() == EntryKind.KR && krs.containsKey(ref)) {
        KeyResult kr = krs.get(ref);
        if (kr.isMilestone() && entry.value() != null) {
          out.add(
              Diagnostic.error(
                  "value-type",
                  entry.spans().at("value"),
                  "`" + entry.ref() + "` is a milestone, so its value is done or not done",
                  "write `value: true` (done) or `value: false` (not yet)"));
        } else if (!kr.isMilestone() && entry.done() != null) {
          out.add(
              Diagnostic.error(
                  "value-type",
                  entry.spans().at("value"),
                  "`" + entry.ref() + "` is measured as a number, not true/false",
                  "write the current value as a number, e.g. `value: 2800`"));
        }
      }
      if (entry.kind() == EntryKind.KPI && entry.done() != null) {
        out.add(
            Diagnostic.error(
                "value-type",
                entry.spans().at("value"),
                "a KPI measurement must be a number, not true/false",
                "write the measured value, e.g. `value: 42`"));
      }
    }
    // Two clones that both closed a period leave two grades for each objective after a merge.
    Map<String, okr.model.Grade> graded = new HashMap<>();
    for (okr.model.Grade g : ws.grades()) {
      String key = g.period() + " " + g.kind().key() + " " + ws.currentOf(g);
      okr.model.Grade first = graded.putIfAbsent(key, g);
      if (first != null) {
        out.add(
            Diagnostic.error(
                "closed-twice",
                g.spans().at("grade"),
                "`"
                    + g.period()
                    + "` was closed twice for "
                    + g.kind().key()
                    + " `"
                    + ws.currentOf(g)
                    + "`: "
                    + plain(first.score())
                    + " by "
                    + first.by()
                    + " ("
                    + place(ws, first.spans().at("grade"))
                    + ") and "
                    + plain(g.score())
                    + " by "
                    + g.by()
                    + "; views count the later one",
                "two clones closed the period; agree on the close that stands and delete the"
                    + " other's grade lines in one commit"));
      }
    }
    java.util.Set<String> entries = new java.util.HashSet<>();
    ws.journal().forEach(e -> entries.add(e.id()));
    ws.retracted().forEach(e -> entries.add(e.id()));
    for (Retraction r : ws.retractions()) {
      if (!entries.contains(r.retracts())) {
        out.add(
            Diagnostic.error(
                "unknown-entry",
                r.spans().at("retracts"),
                "the retraction names `"
                    + r.retracts()
                    + "`, but no check-in, measurement or note has that id",
                "name an entry's `id:` (okr log --format json shows them), or remove this line if"
                    + " it was copied from elsewhere"));
      }
    }
  }

  private static String plain(double score) {
    return java.math.BigDecimal.valueOf(score).stripTrailingZeros().toPlainString();
  }

  /** Where a value is, as {@code checkins/2026-10/glen.yaml:1}. */
  private static String place(Workspace ws, okr.model.SourceSpan span) {
    java.nio.file.Path file = span.file().toAbsolutePath();
    java.nio.file.Path shown = file.startsWith(ws.root()) ? ws.root().relativize(file) : file;
    return shown.toString().replace('\\', '/') + ":" + span.line();
  }
}
