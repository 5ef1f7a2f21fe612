package okr.cli;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import okr.model.EntryKind;
import okr.model.JournalEntry;
import okr.model.Workspace;
import okr.prompt.Abandoned;
import okr.prompt.Prompter;
import okr.render.Numbers;
import okr.render.TerminalText;
import okr.render.Text;
import okr.scoring.GoalStatus;
import okr.scoring.InitiativeProgress;
import okr.scoring.Initiatives;
import okr.scoring.KrStatus;
import okr.scoring.ObjectiveStatus;
import okr.scoring.Progress;
import okr.scoring.Scorer;
import okr.store.NewEntry;

/** The interactive check-in: one target at a time, then a summary and one write. */
final class CheckinSession {

  private final Prompter prompter;
  private final Workspace ws;
  private final Scorer scorer;

  CheckinSession(Prompter prompter, Workspace ws, LocalDate today) {
    this.prompter = prompter;
    this.ws = ws;
    this.scorer = new Scorer(ws, today);
  }

  /** The entries to write, confirmed; empty when there is nothing to write. */
  List<NewEntry> run(List<CheckinTarget> targets, OffsetDateTime at, String by) throws Abandoned {
    prompter.say(
        Text.fit(
            "Check-in for "
                + TerminalText.sanitize(by)
                + ": "
                + targets.size()
                + (targets.size() == 1 ? " item" : " items")
                + ". Enter on a value skips it; Ctrl-C stops with nothing written.",
            prompter.width()));
    if (targets.stream().anyMatch(t -> t.kind() != EntryKind.KPI)) {
      prompter.say(
          Text.fit(
              "Notes are one line: p: progress; n: next; x: problems (no prefix: progress).",
              prompter.width()));
    }
    List<EntryDraft> drafts = new ArrayList<>();
    String lastObjective = null;
    for (int i = 0; i < targets.size(); i++) {
      CheckinTarget target = targets.get(i);
      prompter.say("");
      String heading = "[" + (i + 1) + "/" + targets.size() + "] ";
      if (target.objective() != null && !target.objective().id().equals(lastObjective)) {
        prompter.say(
            Text.fit(
                heading + TerminalText.sanitize(target.objective().header().title()),
                prompter.width()));
        heading = "      ".substring(0, Math.min(6, heading.length()));
        lastObjective = target.objective().id();
      }
      prompter.say(Text.fit(heading + TerminalText.sanitize(target.title()), prompter.width()));
      EntryDraft draft = ask(target);
      if (draft != null) {
        drafts.add(draft);
      }
    }
    List<NewEntry> entries = new ArrayList<>();
    drafts.forEach(d -> entries.addAll(d.entries(at, by)));
    prompter.say("");
    if (entries.isEmpty()) {
      prompter.say("Nothing to write.");
      return entries;
    }
    prompter.say("To be written:");
    for (NewEntry e : entries) {
      prompter.say(Text.fit("  " + summary(e), prompter.width()));
    }
    if (!prompter.confirm(
        "Write " + entries.size() + (entries.size() == 1 ? " entry?" : " entries?"), true)) {
      prompter.say("Nothing was written.");
      return List.of();
    }
    return entries;
  }

  /** One optional line; {@link NoteLine} reads its prefixes. */
  static final String NOTES = "      notes: ";

  private EntryDraft ask(CheckinTarget target) throws Abandoned {
    Known known = known(target);
    prompter.say(Text.fit("      " + known.context, prompter.width()));
    String unit = target.unit() == null ? "" : " (" + TerminalText.sanitize(target.unit()) + ")";
    String question;
    if (target.isMilestone()) {
      question = "      done? yes/no: ";
    } else if (target.initiative() != null) {
      question = "      progress 0-100 % (or done)" + known.hint + ": ";
    } else if (target.kr() != null && target.kr().kpi() != null) {
      question = "      new measurement of KPI " + target.kr().kpi() + unit + known.hint + ": ";
    } else if (target.isIncrement()) {
      question = "      amount to add since the last check-in" + unit + known.hint + ": ";
    } else {
      question = "      value" + unit + known.hint + ": ";
    }
    String answer =
        prompter.askUntil(question, text -> text.isEmpty() ? null : problem(target, text));
    if (answer.isEmpty()) {
      prompter.say("      skipped");
      return null;
    }
    ValueText.Parsed value = parse(target, answer);
    if (target.kind() == EntryKind.KPI) {
      return new EntryDraft(target, value, null, null, null, null);
    }
    if (target.kind() == EntryKind.INITIATIVE) {
      // Confidence is about meeting a target; an initiative's progress says how the work goes.
      NoteLine notes = NoteLine.parse(prompter.ask(NOTES));
      return new EntryDraft(target, value, null, notes.progress(), notes.plans(), notes.problems());
    }
    String keep = known.confidence == null ? "" : " [" + known.confidence + "]";
    String confidenceText =
        prompter.askUntil(
            "      confidence 0-10" + keep + ": ",
            text ->
                text.isEmpty() || ValueText.confidence(text) != null
                    ? null
                    : "      confidence is a whole number from 0 to 10");
    Integer confidence =
        confidenceText.isEmpty() ? known.confidence : ValueText.confidence(confidenceText);
    NoteLine notes = NoteLine.parse(prompter.ask(NOTES));
    return new EntryDraft(
        target, value, confidence, notes.progress(), notes.plans(), notes.problems());
  }

  /** Why an answer cannot be the value: not a number (or yes/no), or outside its bounds. */
  private String problem(CheckinTarget target, String text) {
    ValueText.Parsed parsed = parse(target, text);
    if (parsed.problem() != null || parsed.number() == null) {
      return parsed.problem();
    }
    String outside = target.outsideBounds(ws, parsed.number());
    return outside == null ? null : "      " + outside;
  }

  private static ValueText.Parsed parse(CheckinTarget target, String text) {
    return target.read(text);
  }

  /**
   * What is known so far, to show before asking: target, last value and confidence; {@code hint}
   * the last value and the value on pace today, for the value prompt.
   */
  private record Known(String context, Integer confidence, String hint) {
    Known(String context, Integer confidence) {
      this(context, confidence, "");
    }
  }

  private Known known(CheckinTarget target) {
    String unit = target.unit();
    if (target.kr() != null) {
      ObjectiveStatus o = scorer.objective(target.objective());
      KrStatus kr =
          o.keyResults().stream().filter(k -> k.kr() == target.kr()).findFirst().orElseThrow();
      String goal =
          target.isMilestone()
              ? "milestone"
              : "target " + Numbers.withUnit(target.kr().target(), unit);
      String last =
          kr.current() == null
              ? "no value yet"
              : (target.isIncrement() ? "total so far " : "last ")
                  + (target.isMilestone()
                      ? (kr.current() >= 1 ? "done" : "not done")
                      : Numbers.withUnit(kr.current(), unit))
                  + (kr.lastUpdate() == null ? "" : " on " + kr.lastUpdate());
      String conf = kr.confidence() == null ? "" : ", confidence " + kr.confidence();
      return new Known(goal + " · " + last + conf, kr.confidence(), hint(kr, o));
    }
    if (target.initiative() != null) {
      InitiativeProgress p =
          Initiatives.of(target.objective(), target.initiative(), scorer.journal(), scorer.asOf());
      String due = p.initiative().due() == null ? "no due date" : "due " + p.initiative().due();
      String last =
          p.progress() == null ? "no progress yet" : "at " + Numbers.format(p.progress()) + " %";
      return new Known(
          "initiative · " + due + " · " + last,
          null,
          p.progress() == null ? "" : " [last " + Numbers.format(p.progress()) + "]");
    }
    if (target.goal() != null) {
      GoalStatus g = scorer.goal(target.goal());
      String goal =
          target.goal().measure() == null
              ? "no measure"
              : "target " + Numbers.withUnit(target.goal().measure().target(), unit);
      String last =
          g.current() == null
              ? "no value yet"
              : (target.isIncrement() ? "total so far " : "last ")
                  + Numbers.withUnit(g.current(), unit);
      return new Known(
          goal + " · " + last + (g.confidence() == null ? "" : ", confidence " + g.confidence()),
          g.confidence());
    }
    List<JournalEntry> measurements = scorer.journal().entries(EntryKind.KPI, target.ref());
    Double last = measurements.isEmpty() ? null : measurements.get(measurements.size() - 1).value();
    // The target in force today, as status and kpis show it: a phased target, else `target:`.
    Double inForce = scorer.kpiTarget(target.kpi());
    String goal = inForce == null ? "monitored" : "target " + Numbers.withUnit(inForce, unit);
    return new Known(
        goal
            + " · "
            + (last == null ? "no measurement yet" : "last " + Numbers.withUnit(last, unit)),
        null);
  }

  /**
   * {@code [last 135 · on pace 120]}: the numbers a person weighs the new value against; the pace
   * value is the one scoring measures pace by. A milestone has neither.
   */
  private static String hint(KrStatus kr, ObjectiveStatus o) {
    if (kr.kr().isMilestone()) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    if (kr.current() != null) {
      parts.add((kr.kr().cumulative() ? "total " : "last ") + Numbers.format(kr.current()));
    }
    Double expected = o.finished() ? null : Progress.expectedValue(kr.kr(), o.expected());
    if (expected != null) {
      parts.add("on pace " + Numbers.formatLike(expected, kr.kr().baseline(), kr.kr().target()));
    }
    return parts.isEmpty() ? "" : " [" + String.join(" · ", parts) + "]";
  }

  private static String summary(NewEntry e) {
    StringBuilder out = new StringBuilder(e.kind().key()).append(' ').append(e.ref());
    if (e.done() != null) {
      out.append("  ").append(e.done() ? "done" : "not done");
    } else if (e.value() != null) {
      out.append("  ").append(Numbers.format(e.value()));
      if (e.kind() == EntryKind.INITIATIVE) {
        out.append(" %");
      }
    }
    if (e.confidence() != null) {
      out.append("  confidence ").append(e.confidence());
    }
    for (String text : new String[] {e.progress(), e.plans(), e.problems()}) {
      if (text != null) {
        out.append("  \"").append(TerminalText.sanitize(text)).append('"');
      }
    }
    return out.toString();
  }
}
