package okr.reports;

import java.nio.file.Path;
import java.util.List;
import okr.model.Header;
import okr.model.KeyResult;
import okr.model.Kind;
import okr.model.KrType;
import okr.model.Objective;
import okr.model.ObjectiveType;
import okr.model.Spans;

/** Goals built from plain values for report tests: a 0 → 10 metric key result, an objective. */
final class Goals {

  private Goals() {}

  static KeyResult kr(String id, String owner, String... collaborators) {
    return new KeyResult(
        id,
        id,
        KrType.METRIC,
        0.0,
        10.0,
        null,
        "u",
        null,
        1,
        owner,
        null,
        false,
        null,
        null,
        List.of(collaborators),
        null,
        Spans.of(null));
  }

  static Objective objective(
      String id,
      String period,
      String owner,
      ObjectiveType type,
      List<String> collaborators,
      KeyResult... krs) {
    return new Objective(
        new Header(Kind.OBJECTIVE, id, id, owner, null, List.of(), null, Path.of(id + ".yaml")),
        period,
        null,
        null,
        type,
        null,
        List.of(),
        null,
        List.of(krs),
        List.of(),
        false,
        collaborators,
        Spans.of(null));
  }
}
