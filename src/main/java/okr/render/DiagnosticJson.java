package okr.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okr.model.Diagnostic;
import okr.model.Severity;

/**
 * The machine-readable form of {@code okr check}: a versioned JSON document, described in
 * docs/json.md. Fields are only ever added within one format version.
 */
public final class DiagnosticJson {

  public static final int FORMAT = 1;

  private DiagnosticJson() {}

  public static String render(List<Diagnostic> diagnostics, int files, PathDisplay paths) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("format", FORMAT);
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("files", files);
    summary.put("errors", count(diagnostics, Severity.ERROR));
    summary.put("warnings", count(diagnostics, Severity.WARNING));
    summary.put("hints", count(diagnostics, Severity.HINT));
    doc.put("summary", summary);
    List<Object> items = new ArrayList<>();
    for (Diagnostic d : diagnostics) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("file", paths.showRaw(d.span().file()));
      item.put("line", d.span().line());
      item.put("column", d.span().column());
      item.put("severity", d.severity().label());
      item.put("rule", d.rule());
      item.put("message", d.message());
      item.put("help", d.help());
      items.add(item);
    }
    doc.put("diagnostics", items);
    return Json.pretty(doc);
  }

  static long count(List<Diagnostic> diagnostics, Severity severity) {
    return diagnostics.stream().filter(d -> d.severity() == severity).count();
  }
}
