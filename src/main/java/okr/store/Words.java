package okr.store;

import java.util.LinkedHashMap;
import java.util.Map;
import okr.model.Better;
import okr.model.Direction;
import okr.model.Frequency;
import okr.model.Indicator;
import okr.model.InitiativeStatus;
import okr.model.KrType;
import okr.model.Level;
import okr.model.ObjectiveType;

/** The words the format accepts for each enumerated key, as users write them. */
final class Words {

  static final Map<String, ObjectiveType> OBJECTIVE_TYPE =
      ordered("committed", ObjectiveType.COMMITTED, "aspirational", ObjectiveType.ASPIRATIONAL);

  /** {@code company} and {@code team} are accepted spellings of strategic and tactical. */
  static final Map<String, Level> LEVEL =
      ordered(
          "strategic", Level.STRATEGIC,
          "tactical", Level.TACTICAL,
          "individual", Level.INDIVIDUAL,
          "company", Level.STRATEGIC,
          "team", Level.TACTICAL);

  static final Map<String, KrType> KR_TYPE =
      ordered("metric", KrType.METRIC, "milestone", KrType.MILESTONE);

  static final Map<String, Direction> DIRECTION =
      ordered(
          "increase", Direction.INCREASE,
          "decrease", Direction.DECREASE,
          "at-least", Direction.AT_LEAST,
          "at-most", Direction.AT_MOST);

  static final Map<String, Indicator> INDICATOR =
      ordered("leading", Indicator.LEADING, "lagging", Indicator.LAGGING, "both", Indicator.BOTH);

  static final Map<String, Better> BETTER = ordered("higher", Better.HIGHER, "lower", Better.LOWER);

  static final Map<String, Frequency> FREQUENCY =
      ordered(
          "daily", Frequency.DAILY,
          "weekly", Frequency.WEEKLY,
          "monthly", Frequency.MONTHLY,
          "quarterly", Frequency.QUARTERLY);

  static final Map<String, InitiativeStatus> INITIATIVE_STATUS =
      ordered(
          "planned", InitiativeStatus.PLANNED,
          "in-progress", InitiativeStatus.IN_PROGRESS,
          "done", InitiativeStatus.DONE,
          "dropped", InitiativeStatus.DROPPED);

  private Words() {}

  /** Pairs of word and value, in the order written; Map.of would shuffle help messages. */
  @SuppressWarnings("unchecked")
  static <E> Map<String, E> ordered(Object... pairs) {
    Map<String, E> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], (E) pairs[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(map);
  }
}
