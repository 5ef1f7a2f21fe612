package okr.store;

import java.util.List;
import java.util.Locale;
import okr.model.Direction;
import okr.model.Initiative;
import okr.model.KeyResult;
import okr.model.Kpi;
import okr.model.Measure;
import okr.model.Objective;
import okr.model.SmartGoal;

/**
 * A new goal file as YAML text, laid out as a person would write it: keys in the order of the
 * format's examples, text quoted only where it must be, nothing that a default already says.
 */
public final class GoalFileText {

  private GoalFileText() {}

  public static String objective(Objective o) {
    StringBuilder out = new StringBuilder();
    out.append("kind: objective\n");
    header(out, o.header().id(), o.header().title());
    line(out, "", "period", o.period());
    line(out, "", "start", o.start() == null ? null : o.start().toString());
    line(out, "", "due", o.due() == null ? null : o.due().toString());
    line(out, "", "owner", text(o.header().owner()));
    words(out, "collaborators", o.collaborators());
    line(out, "", "team", text(o.header().team()));
    out.append("type: ").append(word(o.type())).append('\n');
    if (o.level() != null) {
      out.append("level: ").append(word(o.level())).append('\n');
    }
    line(out, "", "aligns_to", refs(o.alignsTo()));
    line(out, "", "carried_from", o.carriedFrom());
    if (o.rollup()) {
      out.append("rollup: true\n");
    }
    rest(out, o.header());
    out.append("key_results:\n");
    if (o.keyResults().isEmpty()) {
      out.setLength(out.length() - 1);
      out.append(" []\n");
    }
    for (KeyResult kr : o.keyResults()) {
      out.append("  - id: ").append(kr.id()).append('\n');
      line(out, "    ", "title", text(kr.title()));
      if (kr.isMilestone()) {
        out.append("    type: milestone\n");
      } else {
        line(out, "    ", "baseline", number(kr.baseline()));
        line(out, "    ", "target", number(kr.target()));
        line(out, "    ", "stretch", number(kr.stretch()));
        line(out, "    ", "unit", text(kr.unit()));
        if (kr.direction() != null && kr.direction() != impliedDirection(kr)) {
          out.append("    direction: ").append(kr.direction().word()).append('\n');
        }
        if (kr.cumulative()) {
          out.append("    cumulative: true\n");
        }
        line(out, "    ", "min", number(kr.min()));
        line(out, "    ", "max", number(kr.max()));
      }
      if (kr.weight() != 1) {
        line(out, "    ", "weight", YamlText.number(kr.weight()));
      }
      line(out, "    ", "owner", text(kr.owner()));
      words(out, "    collaborators", kr.collaborators());
      line(out, "    ", "due", kr.due() == null ? null : kr.due().toString());
      line(out, "    ", "kpi", kr.kpi());
    }
    if (!o.initiatives().isEmpty()) {
      out.append("initiatives:\n");
      for (Initiative i : o.initiatives()) {
        if (i.id() != null) {
          out.append("  - id: ").append(i.id()).append('\n');
          out.append("    title: ").append(YamlText.text(i.title())).append('\n');
        } else {
          out.append("  - title: ").append(YamlText.text(i.title())).append('\n');
        }
        if (i.status() != null) {
          out.append("    status: ").append(word(i.status())).append('\n');
        }
        line(out, "    ", "key_result", i.keyResult());
        line(out, "    ", "link", text(i.link()));
        line(out, "    ", "owner", text(i.owner()));
        line(out, "    ", "due", i.due() == null ? null : i.due().toString());
        line(out, "    ", "progress", number(i.progress()));
        if (i.done() && i.status() != okr.model.InitiativeStatus.DONE) {
          out.append("    done: true\n");
        }
      }
    }
    return out.toString();
  }

  public static String kpi(Kpi k) {
    StringBuilder out = new StringBuilder("kind: kpi\n");
    header(out, k.header().id(), k.header().title());
    line(out, "", "unit", text(k.unit()));
    if (k.indicator() != null) {
      out.append("indicator: ").append(word(k.indicator())).append('\n');
    }
    if (k.better() != null) {
      out.append("better: ").append(word(k.better())).append('\n');
    }
    line(out, "", "target", number(k.target()));
    if (k.thresholds() != null) {
      out.append("thresholds: {green: ")
          .append(YamlText.number(k.thresholds().green()))
          .append(", amber: ")
          .append(YamlText.number(k.thresholds().amber()))
          .append("}\n");
    }
    if (k.frequency() != null) {
      out.append("frequency: ").append(word(k.frequency())).append('\n');
    }
    if (k.health()) {
      out.append("health: true\n");
    }
    if (!k.leads().isEmpty()) {
      out.append("leads: [").append(String.join(", ", k.leads())).append("]\n");
    }
    line(out, "", "owner", text(k.header().owner()));
    line(out, "", "team", text(k.header().team()));
    rest(out, k.header());
    return out.toString();
  }

  public static String goal(SmartGoal g) {
    StringBuilder out = new StringBuilder("kind: goal\n");
    header(out, g.header().id(), g.header().title());
    Measure m = g.measure();
    if (m != null) {
      out.append("measure:\n");
      line(out, "  ", "baseline", number(m.baseline()));
      line(out, "  ", "target", number(m.target()));
      line(out, "  ", "unit", text(m.unit()));
      if (m.cumulative()) {
        out.append("  cumulative: true\n");
      }
    }
    line(out, "", "achievable", text(g.achievable()));
    line(out, "", "relevant", text(g.relevant()));
    line(out, "", "aligns_to", refs(g.alignsTo()));
    line(out, "", "start", g.start() == null ? null : g.start().toString());
    line(out, "", "due", g.due() == null ? null : g.due().toString());
    line(out, "", "period", g.period());
    line(out, "", "owner", text(g.header().owner()));
    rest(out, g.header());
    return out.toString();
  }

  /**
   * The header keys a new file rarely has but a rolled-over one carries: tags, notes and
   * lint_ignore. Leaving them out lost them without a word.
   */
  private static void rest(StringBuilder out, okr.model.Header h) {
    words(out, "tags", h.tags());
    line(out, "", "notes", text(h.notes()));
    words(out, "lint_ignore", h.lintIgnore());
  }

  private static void words(StringBuilder out, String key, java.util.List<String> words) {
    if (!words.isEmpty()) {
      out.append(key).append(": [");
      for (int i = 0; i < words.size(); i++) {
        out.append(i > 0 ? ", " : "").append(YamlText.quoted(words.get(i)));
      }
      out.append("]\n");
    }
  }

  /** The direction a reader infers when none is written (format.md, key result keys). */
  private static Direction impliedDirection(KeyResult kr) {
    return new KeyResult(
            kr.id(),
            kr.title(),
            kr.type(),
            kr.baseline(),
            kr.target(),
            kr.stretch(),
            kr.unit(),
            null,
            kr.weight(),
            kr.owner(),
            kr.kpi(),
            kr.cumulative(),
            kr.min(),
            kr.max(),
            kr.spans())
        .effectiveDirection();
  }

  private static void header(StringBuilder out, String id, String title) {
    out.append("id: ").append(id).append('\n');
    out.append("title: ").append(YamlText.text(title)).append('\n');
  }

  private static void line(StringBuilder out, String indent, String key, String value) {
    if (value != null && !value.isEmpty()) {
      out.append(indent).append(key).append(": ").append(value).append('\n');
    }
  }

  /** One parent as a plain value, several as a flow list: `aligns_to: [a, b/kr]`. */
  private static String refs(List<String> refs) {
    return refs.size() == 1
        ? refs.get(0)
        : refs.isEmpty() ? null : "[" + String.join(", ", refs) + "]";
  }

  private static String text(String value) {
    return value == null || value.isEmpty() ? null : YamlText.text(value);
  }

  private static String number(Double value) {
    return value == null ? null : YamlText.number(value);
  }

  private static String word(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
