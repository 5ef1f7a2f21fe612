package okr.scoring;

import java.time.LocalDate;
import java.util.List;
import okr.model.Initiative;
import okr.model.InitiativeStatus;
import okr.model.JournalEntry;

/**
 * Where an initiative stands on a day. It is the work, not the result: nothing here counts in its
 * objective's score.
 *
 * @param ref {@code objective/initiative}, or null for an initiative without an id
 * @param progress percent done: the latest check-in's value, else the file's {@code progress:},
 *     else 100 when the file says it is done; null when nothing says
 * @param fromCheckin whether {@code progress} came from a check-in rather than the file
 * @param done the file says so ({@code done: true}, {@code status: done}), or progress reached 100
 * @param overdue past its {@code due:} day and neither done nor dropped
 * @param daysOverdue how many days past its due day, 0 when not overdue
 * @param checkins its check-ins up to the day, oldest first
 */
public record InitiativeProgress(
    Initiative initiative,
    String ref,
    Double progress,
    boolean fromCheckin,
    boolean done,
    boolean overdue,
    long daysOverdue,
    List<JournalEntry> checkins) {

  public InitiativeProgress {
    checkins = List.copyOf(checkins);
  }

  /**
   * The status every view shows: {@code done} once it is done (a check-in of 100 %, say, while the
   * file still says {@code in-progress}), else what the file says. A dropped initiative stays
   * dropped. Null when the file gives no status and it is not done.
   */
  public InitiativeStatus status() {
    InitiativeStatus written = initiative.status();
    if (written == InitiativeStatus.DROPPED) {
      return written;
    }
    return done ? InitiativeStatus.DONE : written;
  }

  /** The day of its latest check-in, or null. */
  public LocalDate lastCheckin() {
    return checkins.isEmpty() ? null : checkins.get(checkins.size() - 1).at().toLocalDate();
  }
}
