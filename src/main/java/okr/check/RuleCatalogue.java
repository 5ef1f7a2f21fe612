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
          error("file-too-large", "a goal file is over 1 MiB, or a journal file over 64 MiB"),
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
          error("fused-entry", "a line-wise merge fused two block-form journal entries into one"),
          error("duplicate-entry-id", "two different journal entries have the same id"),
          error("unknown-entry", "a retraction names no entry of the journal"),
          warning("entry-on-many-lines", "a journal entry in braces is spread over lines"),
          error("closed-twice", "a period was closed twice, in two clones"),
          warning("shared-me", "a shared okr.yaml says `me:`, which would name one person for all"),
          // The workspace as a whole
          error(
              "duplicate-id",
              "two entities, or two key results or initiatives of one objective, share an id"),
          error("unknown-ref", "a reference points to nothing"),
          error("alignment-cycle", "objectives align to each other in a circle"),
          error("leads-cycle", "KPIs lead each other in a circle"),
          error("missing-target", "a metric key result has no target or baseline"),
          error("direction-contradiction", "direction contradicts baseline and target"),
          error("invalid-weight", "a key result's weight is zero or negative"),
          error("confidence-range", "a check-in's confidence is outside 0-10"),
          error(
              "out-of-bounds",
              "a value is outside the min:/max: of its key result or KPI, or an initiative's"
                  + " progress outside 0-100"),
          error("unknown-period", "a period name is not a period okr knows"),
          error("missing-period", "an objective has no period and no dates"),
          error("invalid-period", "a period ends before it starts"),
          error(
              "due-outside-period",
              "a key result or initiative is due outside its objective's period"),
          error("value-type", "a check-in value does not fit its key result"),
          error("thresholds-order", "KPI thresholds contradict `better`"),
          error("unknown-rule", "okr.yaml `lint:` or `lint_ignore` names no rule"),
          error("rule-not-configurable", "okr.yaml `lint:` tries to change a validity rule"),
          // Quality: the mistakes the OKR method warns of
          quality(
              "too-many-objectives",
              "an owner has more objectives in a period than lint.max_objectives (5)",
              "a sixth objective for glen in 2026-Q3"),
          quality(
              "key-result-count",
              "an objective has fewer or more key results than lint.key_results (2-5)",
              "an objective with 7 key results"),
          quality("objective-without-krs", "an objective has no key results", "key_results: []"),
          hint(
              "objective-like-kr",
              "an objective holds an amount, which usually belongs in a key result",
              "title: Raise NPS to 70 points"),
          quality(
              "kr-is-activity",
              "a key result describes an activity, not an outcome",
              "title: Help the sales team with demos"),
          hint(
              "output-not-outcome",
              "a key result counts work delivered (an output), not the change it should cause",
              "title: Write 10 blog posts"),
          quality(
              "kr-not-measurable",
              "a metric key result has no unit, or a milestone names work, not an end state",
              "title: Work on the new website (milestone)"),
          quality(
              "kr-vague",
              "a key result uses a vague word (improve, update, more…) without a number",
              "title: Decrease support calls"),
          quality(
              "committed-with-stretch",
              "a committed objective has a stretch target",
              "type: committed with stretch: 7000"),
          quality(
              "aspirational-all-milestones",
              "an aspirational objective has only milestone key results",
              "three milestones, no metric"),
          quality(
              "unaligned",
              "a team or individual objective aligns to nothing while the company has objectives",
              "no aligns_to in a team objective"),
          quality(
              "parent-later-period",
              "an objective aligns to a parent of a later period",
              "2026-Q3 aligned to a 2027 objective"),
          quality(
              "too-many-kpis",
              "an owner has more KPIs than lint.max_kpis (10)",
              "an eleventh KPI for dana"),
          quality(
              "lagging-without-leading",
              "a lagging KPI has no leading KPI that leads it",
              "indicator: lagging, and no leads: to it"),
          quality(
              "leads-not-lagging",
              "a KPI leads a KPI that is not lagging",
              "leads: [another-leading-kpi]"),
          quality(
              "kpi-stale",
              "a KPI has no measurement within 1.5 times its frequency",
              "a weekly KPI last measured 3 weeks ago"),
          quality(
              "kpi-unused",
              "no OKR or goal uses a KPI, and it is not a health metric",
              "a KPI no key result links with kpi:"),
          quality("smart-specific", "a SMART goal's title is vague", "title: Read more"),
          quality("smart-measurable", "a SMART goal has no measure with a target", "no measure:"),
          quality(
              "smart-achievable",
              "a SMART goal does not say what makes it achievable",
              "no achievable:"),
          quality(
              "smart-relevant",
              "a SMART goal does not say why it matters",
              "no relevant: and no aligns_to:"),
          quality(
              "smart-time-bound",
              "a SMART goal has no due date, or is past due and open",
              "due: 2026-03-31, target not reached"),
          quality(
              "kr-no-checkin",
              "a key result had no check-in for two check-in intervals",
              "last check-in 3 weeks ago"),
          quality(
              "goalpost-moved",
              "a key result's goal changed after its period began",
              "target lowered 70 → 60 on 2026-11-12 by dana (a1b2c3d)"),
          quality(
              "initiative-overdue",
              "an initiative is past its due day and neither done nor dropped",
              "due: 2026-08-31, progress 60 % on 2026-09-10"),
          quality(
              "confidence-drop",
              "a check-in's confidence fell by 3 points or more",
              "confidence 8, then 4"));

  private static final Map<String, Rule> BY_ID =
      RULES.stream().collect(Collectors.toUnmodifiableMap(Rule::id, Function.identity()));

  private RuleCatalogue() {}

  public static List<Rule> all() {
    return RULES;
  }

  /**
   * Rules about time rather than about what the files say (no check-in lately, a KPI not measured):
   * reminders. `okr check --strict` leaves them warnings, so a CI gate never turns red on a change
   * that broke nothing; `--strict=reminders` makes them errors too.
   */
  public static boolean isReminder(String id) {
    return id.equals("kr-no-checkin") || id.equals("kpi-stale") || id.equals("initiative-overdue");
  }

  public static Optional<Rule> byId(String id) {
    return Optional.ofNullable(BY_ID.get(id));
  }

  private static Rule error(String id, String summary) {
    return new Rule(id, Severity.ERROR, summary, "", false);
  }

  private static Rule warning(String id, String summary) {
    return new Rule(id, Severity.WARNING, summary, "", false);
  }

  private static Rule quality(String id, String summary, String example) {
    return new Rule(id, Severity.WARNING, summary, example, true);
  }

  /** A quality rule that only advises: the source material's own OKRs may draw it. */
  private static Rule hint(String id, String summary, String example) {
    return new Rule(id, Severity.HINT, summary, example, true);
  }
}
