package okr.store;

import java.util.List;
import okr.model.SourceSpan;

/**
 * A YAML value with its place in the file. The parser builds these from Jackson's token stream,
 * after rejecting everything the goal-file format forbids, so binders only ever see plain maps,
 * lists and scalars.
 */
sealed interface YNode permits YNode.YMap, YNode.YSeq, YNode.YScalar {

  SourceSpan span();

  /** A short human name of the node's shape, for "expected X, got Y" messages. */
  String describe();

  record Entry(String key, SourceSpan keySpan, YNode value) {}

  record YMap(List<Entry> entries, SourceSpan span) implements YNode {
    public String describe() {
      return "a mapping";
    }
  }

  record YSeq(List<YNode> items, SourceSpan span) implements YNode {
    public String describe() {
      return "a list";
    }
  }

  /** How YAML 1.2 resolved a scalar; quoted scalars are always {@code STRING}. */
  enum ScalarType {
    STRING,
    INTEGER,
    FLOAT,
    BOOLEAN,
    NULL
  }

  record YScalar(String text, ScalarType type, SourceSpan span) implements YNode {
    public String describe() {
      return switch (type) {
        case NULL -> "nothing (null)";
        case BOOLEAN -> "the boolean " + text;
        case INTEGER, FLOAT -> "the number " + text;
        case STRING -> "the text \"" + text + "\"";
      };
    }

    public boolean isNull() {
      return type == ScalarType.NULL;
    }
  }
}
