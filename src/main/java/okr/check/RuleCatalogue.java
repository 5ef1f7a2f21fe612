package okr.check;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import okr.model.Severity;

/** Every diagnostic okr can print, by id; the ids are a contract for okr.yaml and CI. */
public final class RuleCatalogue {

  private static final List<Rule> RULES =
      List.of(
          // Reading files
          error("encoding", "a file is not UTF-8 text"),
          error("file-too-large", "a file is over 1 MiB"),
          error("unreadable", "a file or folder cannot be read"),
          warning("symlink-outside", "a symbolic link leaves the workspace and is not followed"),
          warning("broken-symlink", "a symbolic link is broken or loops"),
          error("yaml-syntax", "the text is not valid YAML"),
          error("yaml-anchor", "a YAML anchor (&name) is used"),
          error("yaml-alias", "a YAML alias (*name) is used"),
          error("yaml-merge-key", "a YAML merge key (<<) is used"),
          error("yaml-tag", "an explicit YAML tag (!!type, !name) is used"),
          error("yaml-multi-doc", "a file holds more than one YAML document"),
          error("nesting-too-deep", "lists and mappings nest more than 64 levels"),
          error("duplicate-key", "a key appears twice in one mapping"),
          error("empty-file", "a goal file is empty"),
          // Shape of a goal file
          error("missing-kind", "a goal file has no kind:"),
          error("unknown-kind", "kind: is not objective, kpi or goal"),
          error("unknown-key", "a key is not part of the format"),
          error("missing-key", "a required key is missing or empty"),
          error("wrong-type", "a value has the wrong type"),
          error("invalid-number", "a number is not finite or not written in plain decimal"),
          error("invalid-date", "a date does not exist or is not ISO 8601"),
          error("invalid-value", "a value is not one of the allowed words"),
          error("invalid-id", "an id or reference is not a valid slug"),
          error("ambiguous-entry", "a journal entry names more than one thing"),
          // The workspace as a whole
          error("duplicate-id", "two entities, or two key results of one objective, share an id"),
          error("unknown-ref", "a reference points to nothing"),
          error("alignment-cycle", "objectives align to each other in a circle"),
          error("leads-cycle", "KPIs lead each other in a circle"),
          error("missing-target", "a metric key result has no target or baseline"),
          error("direction-contradiction", "direction contradicts baseline and target"),
          error("invalid-weight", "a key result's weight is zero or negative"),
          error("confidence-range", "a check-in's confidence is outside 0-10"),
          error("unknown-period", "a period name is not a period okr knows"),
          error("missing-period", "an objective has no period and no dates"),
          error("invalid-period", "a period ends before it starts"),
          error("value-type", "a check-in value does not fit its key result"),
          error("thresholds-order", "KPI thresholds contradict `better`"));

  private static final Map<String, Rule> BY_ID =
      RULES.stream().collect(Collectors.toUnmodifiableMap(Rule::id, Function.identity()));

  private RuleCatalogue() {}

  public static List<Rule> all() {
    return RULES;
  }

  public static Optional<Rule> byId(String id) {
    return Optional.ofNullable(BY_ID.get(id));
  }

  private static Rule error(String id, String summary) {
    return new Rule(id, Severity.ERROR, summary);
  }

  private static Rule warning(String id, String summary) {
    return new Rule(id, Severity.WARNING, summary);
  }
}
