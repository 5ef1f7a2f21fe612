package okr.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okr.model.Diagnostic;
import okr.model.Severity;

/**
 * SARIF 2.1.0, the format code-scanning services read: the rule catalogue as the tool's rules (with
 * their help text), and one result per diagnostic at its place.
 */
public final class SarifReport {

  /** A rule as SARIF lists it. */
  public record RuleInfo(String id, Severity severity, String summary, String example) {}

  private SarifReport() {}

  public static String render(
      List<RuleInfo> rules, List<Diagnostic> diagnostics, String version, PathDisplay paths) {
    Map<String, Integer> index = new LinkedHashMap<>();
    List<Object> ruleList = new ArrayList<>();
    for (RuleInfo rule : rules) {
      index.put(rule.id(), index.size());
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("id", rule.id());
      r.put("shortDescription", Map.of("text", rule.summary()));
      String help =
          rule.summary()
              + (rule.example().isEmpty() ? "" : ". Example: " + rule.example())
              + ". See docs/check.md.";
      r.put("help", Map.of("text", help));
      r.put("defaultConfiguration", Map.of("level", level(rule.severity())));
      ruleList.add(r);
    }
    List<Object> results = new ArrayList<>();
    for (Diagnostic d : diagnostics) {
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("ruleId", d.rule());
      if (index.containsKey(d.rule())) {
        result.put("ruleIndex", index.get(d.rule()));
      }
      result.put("level", level(d.severity()));
      result.put("message", Map.of("text", d.message() + ". Fix: " + d.help()));
      Map<String, Object> physical = new LinkedHashMap<>();
      physical.put("artifactLocation", Map.of("uri", paths.showRaw(d.span().file())));
      if (d.span().hasPosition()) {
        Map<String, Object> region = new LinkedHashMap<>();
        region.put("startLine", d.span().line());
        region.put("startColumn", d.span().column());
        physical.put("region", region);
      }
      result.put("locations", List.of(Map.of("physicalLocation", physical)));
      results.add(result);
    }
    Map<String, Object> driver = new LinkedHashMap<>();
    driver.put("name", "okr");
    driver.put("version", version);
    driver.put("rules", ruleList);
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("tool", Map.of("driver", driver));
    run.put("results", results);
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    doc.put("version", "2.1.0");
    doc.put("runs", List.of(run));
    return Json.pretty(doc);
  }

  private static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case HINT -> "note";
    };
  }
}
