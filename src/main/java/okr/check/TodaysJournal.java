package okr.check;

import java.time.LocalDate;
import okr.model.Workspace;
import okr.scoring.JournalView;

/**
 * The journal as of the check's day, grouped by what each entry is about: built once per check, on
 * first use, and shared by every rule that reads it. Each of three rules grouped all of a large
 * journal's entries again for itself.
 */
final class TodaysJournal {

  private final Workspace workspace;
  private final LocalDate today;
  private JournalView view;

  TodaysJournal(Workspace workspace, LocalDate today) {
    this.workspace = workspace;
    this.today = today;
  }

  /** The grouped journal; rules run in parallel, so the first to ask builds it for all. */
  synchronized JournalView view() {
    if (view == null) {
      view = new JournalView(workspace, today);
    }
    return view;
  }
}
