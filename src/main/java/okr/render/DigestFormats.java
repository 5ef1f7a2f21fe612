package okr.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okr.model.EntryKind;
import okr.model.JournalEntry;
import okr.scoring.Digest;
import okr.scoring.KrStatus;
import okr.scoring.ObjectiveStatus;
import okr.scoring.Pace;

/** The digest for scripts (JSON, versioned, see docs/json.md) and for chats and pull requests. */
public final class DigestFormats {

  public static final int JSON_FORMAT = 1;

  private DigestFormats() {}

  public static String json(Digest d) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("format", JSON_FORMAT);
    doc.put("kind", "digest");
    doc.put("workspace", d.workspaceName());
    doc.put("since", d.since().toString());
    doc.put("until", d.until().toString());
    List<Object> checkedIn = new ArrayList<>();
    for (Digest.KrChange c : d.checkins()) {
      Map<String, Object> m = keyResult(c);
      m.put("before", krState(c.before()));
      m.put("now", krState(c.now()));
      m.put("delta", JsonParts.round(c.delta()));
      List<Object> entries = new ArrayList<>();
      c.entries().forEach(e -> entries.add(JsonParts.entry(e)));
      m.put("entries", entries);
      checkedIn.add(m);
    }
    doc.put("checkedIn", checkedIn);
    List<Object> objectives = new ArrayList<>();
    for (Digest.ObjectiveChange c : d.objectives()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", c.now().objective().id());
      m.put("title", c.now().objective().header().title());
      m.put("owner", c.now().objective().header().owner());
      m.put("before", objectiveState(c.before()));
      m.put("now", objectiveState(c.now()));
      m.put("bandChanged", c.bandChanged());
      m.put("paceChanged", c.paceChanged());
      objectives.add(m);
    }
    doc.put("objectives", objectives);
    List<Object> problems = new ArrayList<>();
    for (Digest.Problem p : d.problems()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("at", p.entry().at().toString());
      m.put("by", p.entry().by());
      m.put(p.kind().key(), p.about());
      m.put("problems", p.entry().problems());
      problems.add(m);
    }
    doc.put("problems", problems);
    List<Object> falling = new ArrayList<>();
    for (Digest.KrChange c : d.fallingConfidence()) {
      Map<String, Object> m = keyResult(c);
      m.put("before", c.before().confidence());
      m.put("now", c.now().confidence());
      falling.add(m);
    }
    doc.put("fallingConfidence", falling);
    List<Object> silent = new ArrayList<>();
    for (Digest.Silent s : d.notCheckedIn()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("owner", s.owner());
      List<Object> refs = new ArrayList<>();
      s.keyResults().forEach(kr -> refs.add(kr.ref()));
      m.put("keyResults", refs);
      silent.add(m);
    }
    doc.put("activeKeyResults", d.activeKeyResults());
    doc.put("notCheckedIn", silent);
    return Json.pretty(doc);
  }

  private static Map<String, Object> keyResult(Digest.KrChange c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("ref", c.ref());
    m.put("title", c.now().kr().title());
    m.put("unit", c.now().kr().unit());
    return m;
  }

  private static Map<String, Object> krState(KrStatus s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("current", s.current());
    m.put("progress", JsonParts.round(s.progress()));
    m.put("score", JsonParts.round(s.score()));
    m.put("confidence", s.confidence());
    return m;
  }

  private static Map<String, Object> objectiveState(ObjectiveStatus o) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("score", JsonParts.round(o.score()));
    m.put("band", o.band() == null ? null : o.band().word());
    m.put("pace", o.pace() == null ? null : o.pace().word());
    return m;
  }

  /** Headings and bullet lists, fit to paste into a chat or a pull request. */
  public static String markdown(Digest d) {
    Glyphs g = new Glyphs(false);
    StringBuilder out = new StringBuilder();
    out.append("# ")
        .append(d.workspaceName() == null ? "" : Markdown.cell(d.workspaceName()) + " · ")
        .append("digest, ")
        .append(d.since())
        .append(" to ")
        .append(d.until())
        .append("\n");
    out.append("\n## ");
    if (d.checkins().isEmpty()) {
      out.append("Check-ins\n\nNo check-ins since ").append(d.since()).append(".\n");
    } else {
      out.append(DigestView.checkinsHeading(d)).append("\n\n");
      for (Digest.KrChange c : d.checkins()) {
        out.append("- **")
            .append(Markdown.cell(c.now().kr().title()))
            .append("** (")
            .append(Markdown.code(c.ref()))
            .append("): ")
            .append(DigestView.scores(c, g))
            .append("\n");
        for (JournalEntry e : c.entries()) {
          out.append("  - ")
              .append(e.at().toLocalDate())
              .append(" ")
              .append(e.by() == null ? "?" : Markdown.cell(e.by()))
              .append(": ")
              .append(Markdown.cell(DigestView.value(c.now().kr(), e)))
              .append(e.confidence() == null ? "" : ", confidence " + e.confidence())
              .append("\n");
          if (e.progress() != null) {
            out.append("    - progress: ").append(Markdown.cell(e.progress())).append("\n");
          }
          if (e.plans() != null) {
            out.append("    - plans: ").append(Markdown.cell(e.plans())).append("\n");
          }
        }
      }
    }
    if (!d.objectives().isEmpty()) {
      out.append("\n## Objectives that changed\n\n");
      for (Digest.ObjectiveChange c : d.objectives()) {
        List<String> parts = new ArrayList<>();
        if (c.bandChanged()) {
          parts.add(band(c.before()) + " " + g.to() + " " + band(c.now()));
        }
        if (c.paceChanged()) {
          parts.add(pace(c.before().pace()) + " " + g.to() + " " + pace(c.now().pace()));
        }
        out.append("- **")
            .append(Markdown.cell(c.now().objective().header().title()))
            .append("** (")
            .append(Markdown.code(c.now().objective().id()))
            .append("): ")
            .append(String.join(", ", parts))
            .append("\n");
      }
    }
    if (!d.problems().isEmpty()) {
      out.append("\n## New problems\n\n");
      for (Digest.Problem p : d.problems()) {
        out.append("- ")
            .append(p.entry().at().toLocalDate())
            .append(" ")
            .append(p.entry().by() == null ? "?" : Markdown.cell(p.entry().by()))
            .append(" on ")
            .append(p.kind() == EntryKind.KPI ? "kpi " : "")
            .append(Markdown.code(p.about()))
            .append(": ")
            .append(Markdown.cell(p.entry().problems()))
            .append("\n");
      }
    }
    if (!d.fallingConfidence().isEmpty()) {
      out.append("\n## Falling confidence\n\n");
      for (Digest.KrChange c : d.fallingConfidence()) {
        out.append("- **")
            .append(Markdown.cell(c.now().kr().title()))
            .append("** (")
            .append(Markdown.code(c.ref()))
            .append("): confidence ")
            .append(c.before().confidence())
            .append(" ")
            .append(g.to())
            .append(" ")
            .append(c.now().confidence())
            .append("\n");
      }
    }
    if (d.activeKeyResults() > 0) {
      if (d.notCheckedIn().isEmpty()) {
        out.append("\nEveryone checked in since ").append(d.since()).append(".\n");
      } else {
        out.append("\n## Not checked in since ").append(d.since()).append("\n\n");
        for (Digest.Silent s : d.notCheckedIn()) {
          List<String> refs = new ArrayList<>();
          s.keyResults().forEach(kr -> refs.add(Markdown.code(kr.ref())));
          out.append("- ")
              .append(s.owner() == null ? "(no owner)" : Markdown.cell(s.owner()))
              .append(": ")
              .append(String.join(", ", refs))
              .append("\n");
        }
      }
    }
    return out.toString();
  }

  private static String band(ObjectiveStatus o) {
    return o.band() == null ? "no data" : o.band().word();
  }

  private static String pace(Pace p) {
    return p == null ? "no data" : p.word();
  }
}
