package okr.store;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import okr.model.Diagnostic;
import okr.model.SourceSpan;
import okr.store.YNode.Entry;
import okr.store.YNode.ScalarType;
import okr.store.YNode.YMap;
import okr.store.YNode.YScalar;
import okr.store.YNode.YSeq;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLReadFeature;

/**
 * Reads one YAML document into {@link YNode}s with places, from Jackson's token stream.
 *
 * <p>Jackson's defaults would let several things through as silently different values, so they are
 * rejected here with a diagnostic: anchors, aliases and merge keys (an alias would otherwise come
 * through as a plain string), explicit tags, a second document, duplicate keys, and nesting deeper
 * than {@value #MAX_DEPTH}.
 */
final class LocatedYamlParser {

  static final int MAX_DEPTH = 64;

  private static final InspectingYamlFactory FACTORY =
      new InspectingYamlFactory(
          YAMLFactory.builder()
              // "" stays an empty string, and 012 is not octal: YAML 1.2 as the format says.
              .disable(YAMLReadFeature.EMPTY_STRING_AS_NULL, YAMLReadFeature.PARSE_OCTAL_NUMBERS)
              // A journal file may be larger than the engine's default limit of 3 MiB.
              .loadSettings(
                  org.snakeyaml.engine.v2.api.LoadSettings.builder()
                      .setCodePointLimit(SourceText.MAX_JOURNAL_BYTES)
                      // okr reports duplicate keys itself, at the key, with its rule id
                      .setAllowDuplicateKeys(true)
                      .build())
              .streamReadConstraints(
                  StreamReadConstraints.builder()
                      .maxNestingDepth(MAX_DEPTH + 8)
                      .maxDocumentLength(SourceText.MAX_JOURNAL_BYTES * 4L)
                      .build()));

  private final Path file;
  private final List<Diagnostic> problems = new ArrayList<>();

  /** A mapping's anchor or tag is seen again at its first key: report each place once. */
  private final Set<List<Object>> reported = new LinkedHashSet<>();

  private InspectingYamlFactory.InspectingParser parser;

  /** Where the items of a top-level list go as they are read; null to build the whole tree. */
  private final ItemSink items;

  private LocatedYamlParser(Path file, ItemSink items) {
    this.file = file;
    this.items = items;
  }

  /**
   * Takes each item of a file's top-level list as soon as it is read, so that a large list (a
   * journal file of 8,000 entries) is never held as one tree: each item's nodes die young, where a
   * whole file's tree lived long enough to be promoted to the old generation and stay there.
   */
  interface ItemSink {
    /**
     * @param problems what the parser found inside this item so far (in a file that is otherwise
     *     sound, these are duplicate keys); the file's verdict comes with the {@link Result}
     */
    void item(YNode item, List<Diagnostic> problems);
  }

  /** Thrown to stop reading a file whose structure cannot be trusted any further. */
  private static final class Abort extends RuntimeException {
    Abort() {
      super(null, null, false, false);
    }
  }

  /** The result: the root node (empty for a file with no content) and what was wrong. */
  record Result(Optional<YNode> root, List<Diagnostic> problems) {
    boolean clean() {
      return problems.isEmpty();
    }
  }

  static Result parse(Path file, String text) {
    return parse(file, text, null);
  }

  /**
   * Reads {@code text}; when its root is a list and {@code items} is given, each item goes to
   * {@code items} instead of into the tree, and the root comes back as a list with no items.
   */
  static Result parse(Path file, String text, ItemSink items) {
    LocatedYamlParser reader = new LocatedYamlParser(file, items);
    Optional<YNode> root = reader.readDocument(text);
    return new Result(root, List.copyOf(reader.problems));
  }

  private Optional<YNode> readDocument(String text) {
    try (var p =
        (InspectingYamlFactory.InspectingParser)
            FACTORY.createParser(ObjectReadContext.empty(), new StringReader(text))) {
      parser = p;
      JsonToken first = nextToken();
      if (first == null) {
        return Optional.empty();
      }
      YNode root =
          items != null && first == JsonToken.START_ARRAY ? streamSeq(here()) : readValue(first, 1);
      JsonToken after = nextToken();
      if (after != null) {
        report(
            "yaml-multi-doc",
            here(),
            "the file holds more than one YAML document",
            "keep one entity per file: move the part after `---` into a file of its own");
      }
      return Optional.of(root);
    } catch (Abort stop) {
      return Optional.empty();
    } catch (JacksonException e) {
      reportSyntax(e);
      return Optional.empty();
    }
  }

  private YNode readValue(JsonToken token, int depth) {
    SourceSpan span = here();
    switch (token) {
      case START_OBJECT:
        return readMap(span, depth);
      case START_ARRAY:
        return readSeq(span, depth);
      case VALUE_STRING:
        return new YScalar(parser.getString(), ScalarType.STRING, span);
      case VALUE_NUMBER_INT:
        return new YScalar(parser.getString(), ScalarType.INTEGER, span);
      case VALUE_NUMBER_FLOAT:
        return new YScalar(parser.getString(), ScalarType.FLOAT, span);
      case VALUE_TRUE:
      case VALUE_FALSE:
        return new YScalar(parser.getString(), ScalarType.BOOLEAN, span);
      case VALUE_NULL:
        // As written ("null", "Null", "~"), or empty for a key with no value at all.
        return new YScalar(nullText(), ScalarType.NULL, span);
      default:
        report(
            "yaml-syntax",
            span,
            "this YAML value cannot be read (" + token + ")",
            "write a plain value, list or mapping here");
        throw new Abort();
    }
  }

  private String nullText() {
    String text = parser.getString();
    return text == null ? "" : text;
  }

  private YMap readMap(SourceSpan span, int depth) {
    checkDepth(span, depth);
    List<Entry> entries = new ArrayList<>();
    // Most mappings have a few keys: a repeated key is found by looking through them, and a map
    // of the keys is made only for a mapping with many.
    Map<String, SourceSpan> seen = null;
    JsonToken token;
    while ((token = nextToken()) != JsonToken.END_OBJECT) {
      String key = parser.currentName();
      SourceSpan keySpan = here();
      YNode value = readValue(nextToken(), depth + 1);
      if ("<<".equals(key)) {
        report(
            "yaml-merge-key",
            keySpan,
            "YAML merge keys (<<) are not allowed in goal files",
            "write the merged keys out in full in this mapping");
        continue;
      }
      if (seen == null && entries.size() == SMALL_MAPPING) {
        seen = new HashMap<>();
        for (Entry e : entries) {
          seen.put(e.key(), e.keySpan());
        }
      }
      SourceSpan first = seen != null ? seen.putIfAbsent(key, keySpan) : firstSpan(entries, key);
      if (first != null) {
        report(
            "duplicate-key",
            keySpan,
            "the key `"
                + key
                + "` appears twice in this mapping (first at line "
                + first.line()
                + ")",
            "keep one `" + key + "`: YAML would silently use only the last one");
        continue;
      }
      entries.add(new Entry(key, keySpan, value));
    }
    return new YMap(List.copyOf(entries), span);
  }

  /** Up to this many keys, a mapping's keys are compared one by one to find a repeated one. */
  private static final int SMALL_MAPPING = 8;

  private static SourceSpan firstSpan(List<Entry> entries, String key) {
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      if (e.key().equals(key)) {
        return e.keySpan();
      }
    }
    return null;
  }

  private YSeq readSeq(SourceSpan span, int depth) {
    checkDepth(span, depth);
    List<YNode> items = new ArrayList<>();
    JsonToken token;
    while ((token = nextToken()) != JsonToken.END_ARRAY) {
      items.add(readValue(token, depth + 1));
    }
    return new YSeq(List.copyOf(items), span);
  }

  /** The top-level list, its items handed to {@link #items} one by one rather than kept. */
  private YSeq streamSeq(SourceSpan span) {
    JsonToken token;
    while ((token = nextToken()) != JsonToken.END_ARRAY) {
      int before = problems.size();
      YNode item = readValue(token, 2);
      items.item(item, List.copyOf(problems.subList(before, problems.size())));
    }
    return new YSeq(List.of(), span);
  }

  private void checkDepth(SourceSpan span, int depth) {
    if (depth > MAX_DEPTH) {
      report(
          "nesting-too-deep",
          span,
          "the file nests lists and mappings more than " + MAX_DEPTH + " levels deep",
          "goal files need only a few levels; flatten the structure");
      throw new Abort();
    }
  }

  /** The next token, after reporting any forbidden construct the parser passed on the way. */
  private JsonToken nextToken() {
    JsonToken token = parser.nextToken();
    List<InspectingYamlFactory.Forbidden> forbidden = parser.forbidden();
    // Almost always empty: no iterator made for each of a million tokens (C1 makes each one).
    if (!forbidden.isEmpty()) {
      for (InspectingYamlFactory.Forbidden f : forbidden) {
        reportForbidden(f);
      }
      forbidden.clear();
    }
    return token;
  }

  private void reportForbidden(InspectingYamlFactory.Forbidden f) {
    SourceSpan span = new SourceSpan(file, f.line(), f.column());
    switch (f.rule()) {
      case "yaml-anchor" ->
          report(
              f.rule(),
              span,
              "YAML anchors (" + f.detail() + ") are not allowed in goal files",
              "remove the anchor and write any repeated value out in full");
      case "yaml-alias" ->
          report(
              f.rule(),
              span,
              "YAML aliases (" + f.detail() + ") are not allowed in goal files",
              "write the value out in full; anchors and aliases make a file read differently"
                  + " from how it looks");
      default ->
          report(
              f.rule(),
              span,
              "explicit YAML tags (" + f.detail() + ") are not allowed in goal files",
              "remove the tag; write numbers, text and dates plainly and the format decides"
                  + " their type");
    }
  }

  private void reportSyntax(JacksonException e) {
    SourceSpan span = spanOf(e.getLocation());
    String problem = e.getOriginalMessage();
    if (e.getCause() instanceof MarkedYamlEngineException marked) {
      problem = marked.getProblem();
      span =
          marked
              .getProblemMark()
              .map(m -> new SourceSpan(file, m.getLine() + 1, m.getColumn() + 1))
              .orElse(span);
      problem = marked.getContext() == null ? problem : marked.getContext() + ": " + problem;
    }
    report(
        "yaml-syntax",
        span,
        "this is not valid YAML: " + firstLine(problem),
        "check the indentation and quoting here; text containing `: ` or `#`, or starting"
            + " with a special character, needs quotes");
  }

  private void report(String rule, SourceSpan span, String message, String help) {
    if (reported.add(List.of(rule, span.line(), span.column()))) {
      problems.add(Diagnostic.error(rule, span, message, help));
    }
  }

  private SourceSpan here() {
    return spanOf(parser.currentTokenLocation());
  }

  private SourceSpan spanOf(TokenStreamLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return new SourceSpan(file, 1, 1);
    }
    return new SourceSpan(file, location.getLineNr(), Math.max(1, location.getColumnNr()));
  }

  private static String firstLine(String text) {
    if (text == null) {
      return "unexpected content";
    }
    String line = text.strip();
    int newline = line.indexOf('\n');
    return newline < 0 ? line : line.substring(0, newline).strip();
  }
}
