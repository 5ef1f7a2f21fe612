package okr.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okr.model.Diagnostic;
import okr.model.Header;
import okr.model.Settings;
import okr.model.Severity;
import okr.model.SourceSpan;
import okr.model.Suggestions;
import okr.model.Workspace;

/**
 * What a workspace says about the rules: okr.yaml `lint: {rule: off|warning|error}` for the whole
 * workspace and `lint_ignore: [rule]` in a file for that file. Only quality rules can be tuned;
 * naming an unknown rule, or trying to tune a validity rule, is itself reported.
 */
final class RuleSettings {

  private final Map<String, String> levels;
  private final Map<Path, List<String>> ignoredByFile;
  private final List<Diagnostic> problems = new ArrayList<>();

  private RuleSettings(Map<String, String> levels, Map<Path, List<String>> ignoredByFile) {
    this.levels = levels;
    this.ignoredByFile = ignoredByFile;
  }

  static RuleSettings of(Workspace ws) {
    Settings.Lint lint = ws.settings().lint();
    Map<Path, List<String>> ignored = new HashMap<>();
    List<Header> headers = new ArrayList<>();
    ws.objectives().forEach(o -> headers.add(o.header()));
    ws.kpis().forEach(k -> headers.add(k.header()));
    ws.goals().forEach(g -> headers.add(g.header()));
    RuleSettings settings = new RuleSettings(lint.rules(), ignored);
    for (Map.Entry<String, String> entry : lint.rules().entrySet()) {
      settings.validate(entry.getKey(), lint.ruleSpans().get(entry.getKey()), "lint:");
    }
    for (Header h : headers) {
      if (!h.lintIgnore().isEmpty() && h.file() != null) {
        ignored.put(h.file(), h.lintIgnore());
        for (String rule : h.lintIgnore()) {
          settings.validate(rule, SourceSpan.fileOnly(h.file()), "lint_ignore");
        }
      }
    }
    return settings;
  }

  private void validate(String id, SourceSpan span, String where) {
    SourceSpan at = span == null ? new SourceSpan(null, 0, 0) : span;
    Optional<Rule> rule = RuleCatalogue.byId(id);
    if (rule.isEmpty()) {
      List<String> ids =
          RuleCatalogue.all().stream().filter(Rule::configurable).map(Rule::id).toList();
      problems.add(
          Diagnostic.error(
              "unknown-rule",
              at,
              "`" + where + "` names `" + id + "`, which is not a rule",
              Suggestions.closest(id, ids).map(s -> "did you mean `" + s + "`? ").orElse("")
                  + "`okr check --list-rules` lists the rules"));
    } else if (!rule.get().configurable()) {
      problems.add(
          Diagnostic.error(
              "rule-not-configurable",
              at,
              "`"
                  + id
                  + "` checks that files read as they look, so it cannot be turned off or changed",
              "fix what it reports instead; only quality rules can be tuned"));
    }
  }

  /** The findings with the settings applied, plus any problem with the settings themselves. */
  List<Diagnostic> apply(List<Diagnostic> found) {
    List<Diagnostic> kept = new ArrayList<>();
    for (Diagnostic d : found) {
      Optional<Rule> rule = RuleCatalogue.byId(d.rule());
      if (rule.isEmpty() || !rule.get().configurable()) {
        kept.add(d);
        continue;
      }
      if (!ignoredByFile.isEmpty()
          && d.span().file() != null
          && ignoredByFile.getOrDefault(d.span().file(), List.of()).contains(d.rule())) {
        continue;
      }
      String level = levels.get(d.rule());
      if ("off".equals(level)) {
        continue;
      }
      if (level == null) {
        kept.add(d);
        continue;
      }
      Severity severity =
          switch (level) {
            case "error" -> Severity.ERROR;
            case "hint" -> Severity.HINT;
            default -> Severity.WARNING;
          };
      kept.add(new Diagnostic(severity, d.rule(), d.span(), d.message(), d.help()));
    }
    for (Diagnostic problem : problems) {
      if (problem.span().file() != null) {
        kept.add(problem);
      }
    }
    return kept;
  }
}
