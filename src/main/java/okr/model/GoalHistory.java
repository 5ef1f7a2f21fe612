package okr.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What git remembers of the goal files: every change to a goalpost, oldest first, and the day each
 * key result ({@code objective/kr}) first appeared in a commit. {@link #NONE} when the workspace is
 * not in a git repository (or git could not be run): rules that need history are then silent.
 */
public record GoalHistory(
    boolean available, List<GoalChange> changes, Map<String, LocalDate> appeared) {

  public static final GoalHistory NONE = new GoalHistory(false, List.of(), Map.of());

  public GoalHistory {
    changes = List.copyOf(changes);
    appeared = Map.copyOf(appeared);
  }

  /** The first day a commit held this key result; empty when none did (it is not committed). */
  public Optional<LocalDate> appeared(String ref) {
    return Optional.ofNullable(appeared.get(ref));
  }

  /** The changes to one objective or key result, or to an objective and all its key results. */
  public List<GoalChange> of(String ref, boolean withKeyResults) {
    return changes.stream()
        .filter(c -> c.ref().equals(ref) || withKeyResults && c.ref().startsWith(ref + "/"))
        .toList();
  }
}
