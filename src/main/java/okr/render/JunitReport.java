package okr.render;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import okr.model.Diagnostic;
import okr.model.Severity;

/**
 * A JUnit XML report for CI systems that show test results: one test case per file checked; each
 * error (each warning, with --strict) is a failure, other warnings go to system-out.
 */
public final class JunitReport {

  private JunitReport() {}

  public static String render(
      List<Path> files, List<Diagnostic> diagnostics, boolean strict, PathDisplay paths) {
    Map<Path, List<Diagnostic>> byFile = new LinkedHashMap<>();
    files.forEach(f -> byFile.put(f, new ArrayList<>()));
    for (Diagnostic d : diagnostics) {
      byFile.computeIfAbsent(d.span().file(), f -> new ArrayList<>()).add(d);
    }
    int failedFiles = 0;
    for (List<Diagnostic> list : byFile.values()) {
      if (list.stream().anyMatch(d -> fails(d, strict))) {
        failedFiles++;
      }
    }
    StringWriter text = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuites");
      xml.writeAttribute("name", "okr check");
      xml.writeAttribute("tests", Integer.toString(byFile.size()));
      xml.writeAttribute("failures", Integer.toString(failedFiles));
      xml.writeCharacters("\n  ");
      xml.writeStartElement("testsuite");
      xml.writeAttribute("name", "okr check");
      xml.writeAttribute("tests", Integer.toString(byFile.size()));
      xml.writeAttribute("failures", Integer.toString(failedFiles));
      xml.writeAttribute("errors", "0");
      xml.writeAttribute("skipped", "0");
      for (Map.Entry<Path, List<Diagnostic>> file : byFile.entrySet()) {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", "okr.check");
        xml.writeAttribute("name", clean(paths.showRaw(file.getKey())));
        StringBuilder warnings = new StringBuilder();
        for (Diagnostic d : file.getValue()) {
          String place =
              d.span().hasPosition() ? d.span().line() + ":" + d.span().column() + ": " : "";
          if (fails(d, strict)) {
            xml.writeCharacters("\n      ");
            xml.writeStartElement("failure");
            xml.writeAttribute("type", d.rule());
            xml.writeAttribute("message", clean(place + d.message()));
            xml.writeCharacters(
                clean(
                    place
                        + d.severity().label()
                        + "["
                        + d.rule()
                        + "]: "
                        + d.message()
                        + "\nhelp: "
                        + d.help()));
            xml.writeEndElement();
          } else {
            warnings
                .append(place)
                .append(d.severity().label())
                .append("[")
                .append(d.rule())
                .append("]: ")
                .append(d.message())
                .append("\nhelp: ")
                .append(d.help())
                .append('\n');
          }
        }
        if (warnings.length() > 0) {
          xml.writeCharacters("\n      ");
          xml.writeStartElement("system-out");
          xml.writeCharacters(clean(warnings.toString()));
          xml.writeEndElement();
        }
        if (!file.getValue().isEmpty()) {
          xml.writeCharacters("\n    ");
        }
        xml.writeEndElement();
      }
      xml.writeCharacters("\n  ");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("writing the JUnit report", e);
    }
    return text + "\n";
  }

  private static boolean fails(Diagnostic d, boolean strict) {
    return d.severity() == Severity.ERROR || strict && d.severity() == Severity.WARNING;
  }

  /** XML 1.0 cannot hold most control characters at all: show those escaped. */
  private static String clean(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints()
        .forEach(
            cp -> {
              if (cp == '\n'
                  || cp == '\t'
                  || cp >= 0x20 && cp != 0xFFFE && cp != 0xFFFF && (cp < 0xD800 || cp > 0xDFFF)) {
                out.appendCodePoint(cp);
              } else {
                out.append(String.format(java.util.Locale.ROOT, "\\u{%X}", cp));
              }
            });
    return out.toString();
  }
}
