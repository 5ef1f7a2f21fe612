package okr.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import okr.check.Checker;
import okr.model.Diagnostic;
import okr.model.Severity;
import okr.store.LoadResult;

/**
 * How `okr edit` judges an edited goal file, as visudo judges sudoers: every error `okr check`
 * finds in the file itself, and the errors the edit causes in other files (a renamed id that an
 * {@code aligns_to} elsewhere still names). Errors other files had before the edit are theirs, not
 * the edit's, and do not block it. Warnings and hints are shown when the edit brought them (matched
 * by rule and message, since lines move): the ones the file had before are `okr check`'s to list.
 */
final class EditCheck {

  private EditCheck() {}

  /** What to show of the workspace {@code after} the edit of {@code file}, sorted by place. */
  static List<Diagnostic> problems(
      LoadResult before, LoadResult after, Path file, LocalDate today) {
    Set<String> earlier = new HashSet<>();
    for (Diagnostic d : all(before, today)) {
      if (in(d, file) ? d.severity() != Severity.ERROR : d.severity() == Severity.ERROR) {
        earlier.add(key(d, file));
      }
    }
    List<Diagnostic> shown = new ArrayList<>();
    for (Diagnostic d : all(after, today)) {
      boolean error = d.severity() == Severity.ERROR;
      if (in(d, file) && error || (in(d, file) || error) && !earlier.contains(key(d, file))) {
        shown.add(d);
      }
    }
    shown.sort(
        java.util.Comparator.<Diagnostic, Boolean>comparing(d -> !in(d, file))
            .thenComparing(
                (a, b) ->
                    a.span().file() == null || b.span().file() == null
                        ? 0
                        : Diagnostic.BY_PLACE.compare(a, b)));
    return shown;
  }

  /** Whether any of {@code problems} is an error. */
  static boolean blocks(List<Diagnostic> problems) {
    return problems.stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }

  /** The line of the first error in {@code file}, where the editor opens again; else 0. */
  static int firstErrorLine(List<Diagnostic> problems, Path file) {
    return problems.stream()
        .filter(d -> d.severity() == Severity.ERROR && in(d, file))
        .mapToInt(d -> d.span().line())
        .findFirst()
        .orElse(0);
  }

  private static List<Diagnostic> all(LoadResult loaded, LocalDate today) {
    List<Diagnostic> all = new ArrayList<>(loaded.problems());
    all.addAll(Checker.check(loaded.workspace(), today));
    return all;
  }

  private static boolean in(Diagnostic d, Path file) {
    return file.equals(d.span().file());
  }

  /** In the edited file lines move, so a finding there is known by what it says, not where. */
  private static String key(Diagnostic d, Path file) {
    String place = in(d, file) ? "" : String.valueOf(d.span());
    return place + "\u0000" + d.rule() + "\u0000" + d.message();
  }
}
