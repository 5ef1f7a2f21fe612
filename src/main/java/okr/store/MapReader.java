package okr.store;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import okr.model.Decimal;
import okr.model.Diagnostic;
import okr.model.IsoDate;
import okr.model.SourceSpan;
import okr.model.Spans;
import okr.model.Suggestions;
import okr.store.YNode.Entry;
import okr.store.YNode.ScalarType;
import okr.store.YNode.YMap;
import okr.store.YNode.YScalar;
import okr.store.YNode.YSeq;

/**
 * Typed, located access to one YAML mapping. Every value it hands out was checked for its type;
 * every problem becomes a diagnostic at the value's place, and the value reads as absent.
 */
final class MapReader {

  /**
   * For the dates {@link IsoDate#plain} leaves: made on first use, not with this class, as building
   * a formatter from its pattern runs java.time's set-up cold on every command.
   */
  private static final class StrictDate {
    static final DateTimeFormatter FORMAT =
        DateTimeFormatter.ofPattern("uuuu-MM-dd", java.util.Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);
  }

  private static LocalDate strictDate(String text) {
    LocalDate plain = IsoDate.plain(text);
    return plain != null ? plain : LocalDate.parse(text, StrictDate.FORMAT);
  }

  private final YMap map;
  private final String what;
  private final Set<String> allowedKeys;
  private final List<Diagnostic> sink;
  private final List<Entry> entries;

  /** The entries by key, for a mapping with many; a few keys are looked through one by one. */
  private final Map<String, Entry> byKey;

  /**
   * @param what how to name this mapping in messages, e.g. "an objective" or "a key result"
   */
  MapReader(YMap map, String what, Set<String> allowedKeys, List<Diagnostic> sink) {
    this.map = map;
    this.what = what;
    this.allowedKeys = allowedKeys;
    this.sink = sink;
    // A journal entry has about five keys: a hash map of them, made for each of 50,000 entries,
    // cost more than looking through them. (The parser leaves no key twice in a mapping.)
    this.entries = map.entries();
    if (entries.size() > FEW_KEYS) {
      byKey = new LinkedHashMap<>();
      for (Entry entry : entries) {
        byKey.put(entry.key(), entry);
      }
    } else {
      byKey = null;
    }
    rejectUnknownKeys();
  }

  private static final int FEW_KEYS = 8;

  private Entry entry(String key) {
    if (byKey != null) {
      return byKey.get(key);
    }
    // By index: okr runs on C1, which makes every iterator it is asked for.
    for (int i = 0; i < entries.size(); i++) {
      Entry entry = entries.get(i);
      if (entry.key().equals(key)) {
        return entry;
      }
    }
    return null;
  }

  /** Reads {@code node} as a mapping, or reports what it is instead and returns empty. */
  static Optional<MapReader> of(
      YNode node, String what, Set<String> allowedKeys, List<Diagnostic> sink) {
    if (node instanceof YMap m) {
      return Optional.of(new MapReader(m, what, allowedKeys, sink));
    }
    sink.add(
        Diagnostic.error(
            "wrong-type",
            node.span(),
            what + " must be a mapping of keys to values, but this is " + node.describe(),
            "write it as `key: value` lines"));
    return Optional.empty();
  }

  SourceSpan span() {
    return map.span();
  }

  boolean has(String key) {
    Entry entry = entry(key);
    return entry != null && !(entry.value() instanceof YScalar s && s.isNull());
  }

  /** The place of each key's value, for later diagnostics. */
  Spans spans() {
    Map<String, SourceSpan> places = new LinkedHashMap<>();
    for (Entry entry : entries) {
      places.put(SpanNames.of(entry.key()), entry.value().span());
    }
    // Each item of a list of words has a place of its own too ("leads[1]"), so an edit or a
    // diagnostic can point at the one word it is about. A single value is its own item 0, which
    // Spans.item finds as the key's place: it is not stored twice.
    for (Entry entry : entries) {
      if (entry.value() instanceof YSeq seq) {
        for (int i = 0; i < seq.items().size(); i++) {
          if (seq.items().get(i) instanceof YScalar) {
            places.put(SpanNames.item(entry.key(), i), seq.items().get(i).span());
          }
        }
      }
    }
    return new Spans(map.span(), places);
  }

  SourceSpan keySpan(String key) {
    Entry entry = entry(key);
    return entry == null ? map.span() : entry.keySpan();
  }

  SourceSpan valueSpan(String key) {
    Entry entry = entry(key);
    return entry == null ? map.span() : entry.value().span();
  }

  String requiredText(String key, String example) {
    Entry entry = entry(key);
    if (entry == null) {
      missing(key, example);
      return null;
    }
    String value = text(key);
    boolean empty = value == null ? entry.value() instanceof YScalar : value.isBlank();
    if (empty) {
      sink.add(
          Diagnostic.error(
              "missing-key",
              valueSpan(key),
              what + " has an empty `" + key + "`",
              "write a value after `" + key + ":`, e.g. `" + key + ": " + example + "`"));
      return null;
    }
    return value;
  }

  void missing(String key, String example) {
    sink.add(
        Diagnostic.error(
            "missing-key",
            map.span(),
            what + " needs `" + key + "`",
            "add `" + key + ": " + example + "`"));
  }

  /** Text; numbers and booleans written plainly are taken as the text they show. */
  String text(String key) {
    YScalar scalar = scalar(key, "text");
    return scalar == null ? null : scalar.text();
  }

  /** {@link #requiredSlug(String, java.util.function.Supplier)} with an example written out. */
  String requiredSlug(String key, String example) {
    return requiredSlug(key, new Example(example));
  }

  /** A written example as a supplier: a class, as no lambda is linked on a view's path. */
  private static final class Example implements java.util.function.Supplier<String> {
    private final String example;

    Example(String example) {
      this.example = example;
    }

    @Override
    public String get() {
      return example;
    }
  }

  /** A required id; the example for a missing one is made only when it is needed. */
  String requiredSlug(String key, java.util.function.Supplier<String> example) {
    String value = has(key) ? text(key) : null;
    if (entry(key) != null
        && entry(key).value() instanceof YScalar written
        && written.isNull()
        && !written.text().isBlank()) {
      // `id: null` (or Null, NULL): YAML reads the word as no value, so it cannot be an id; said
      // as such rather than as an empty id, which would read as if nothing were written.
      sink.add(
          Diagnostic.error(
              "invalid-id",
              valueSpan(key),
              "`" + key + ": " + written.text() + "` is YAML's word for no value, not an id",
              "pick another id, e.g. `" + key + ": " + example.get() + "`"));
      return null;
    }
    if (value == null || value.isBlank()) {
      value = requiredText(key, example.get());
    }
    if (value != null && !okr.model.Slugs.isId(value)) {
      sink.add(
          Diagnostic.error(
              "invalid-id",
              valueSpan(key),
              "`" + value + "` is not a valid id",
              "use lowercase letters, digits and dashes, starting with a letter or digit, e.g. `"
                  + okr.model.Slugs.readable(slugify(value))
                  + "`"));
      return null;
    }
    return value;
  }

  /** A reference to another entity: checked as a slug path like {@code obj} or {@code obj/kr}. */
  String ref(String key) {
    String value = text(key);
    if (value == null) {
      return null;
    }
    return validRef(value, valueSpan(key));
  }

  /**
   * One reference or a list of them ({@code aligns_to: a} or {@code aligns_to: [a, b/kr]}), each
   * checked where it is written; the same one twice is an error at the second.
   */
  List<String> refs(String key) {
    Entry entry = entry(key);
    if (entry == null || entry.value() instanceof YScalar s && s.isNull()) {
      return List.of();
    }
    if (entry.value() instanceof YScalar) {
      String one = ref(key);
      return one == null ? List.of() : List.of(one);
    }
    if (!(entry.value() instanceof YSeq seq)) {
      wrongType(entry.value(), key, "a reference or a list of them", "write `" + key + ": [a, b]`");
      return List.of();
    }
    List<String> result = new ArrayList<>();
    for (YNode item : seq.items()) {
      if (!(item instanceof YScalar s) || s.isNull()) {
        sink.add(
            Diagnostic.error(
                "wrong-type",
                item.span(),
                "each item of `" + key + "` must be a reference, but this is " + item.describe(),
                "write the list as `" + key + ": [objective, objective/kr]`"));
        continue;
      }
      String ref = validRef(s.text(), s.span());
      if (ref != null && result.contains(ref)) {
        sink.add(
            Diagnostic.error(
                "invalid-value",
                s.span(),
                "`" + ref + "` is named twice in `" + key + "`",
                "remove the second one"));
      } else if (ref != null) {
        result.add(ref);
      }
    }
    return result;
  }

  private String validRef(String value, SourceSpan span) {
    int start = 0;
    while (true) {
      int slash = value.indexOf('/', start);
      String part = value.substring(start, slash < 0 ? value.length() : slash);
      if (!okr.model.Slugs.isId(part)) {
        sink.add(
            Diagnostic.error(
                "invalid-id",
                span,
                "`" + value + "` is not a valid reference",
                "refer to an id (`maratona`) or to a key result as `objective/kr`"));
        return null;
      }
      if (slash < 0) {
        return value;
      }
      start = slash + 1;
    }
  }

  Double number(String key) {
    YScalar scalar = scalar(key, "a number");
    if (scalar == null) {
      return null;
    }
    return parseNumber(scalar, key);
  }

  private Double parseNumber(YScalar scalar, String key) {
    Decimal.Reading reading = Decimal.read(scalar.text());
    boolean typedAsNumber =
        scalar.type() == ScalarType.INTEGER || scalar.type() == ScalarType.FLOAT;
    if (reading.ok() && typedAsNumber) {
      return reading.value();
    }
    if (reading.problem() == Decimal.Problem.NOT_A_NUMBER) {
      wrongType(scalar, key, "a number", "write a number, e.g. `" + key + ": 100`");
      return null;
    }
    // A quoted number is text; writing it bare, as a plain decimal, is the fix.
    Decimal.Problem problem = reading.ok() ? Decimal.Problem.OTHER_NOTATION : reading.problem();
    String help =
        switch (problem) {
          case OTHER_NOTATION ->
              "write it in decimal digits, without separators or leading zeros, e.g. `"
                  + plainOf(reading)
                  + "`";
          case TOO_MANY_DIGITS -> "write at most " + Decimal.MAX_DIGITS + " digits";
          default -> "write a finite number";
        };
    wrongNumber(scalar, key, problem.phrase(), help);
    return null;
  }

  private static String plainOf(Decimal.Reading reading) {
    if (reading.plain() != null) {
      return reading.plain();
    }
    if (reading.ok()) {
      return YamlText.number(reading.value());
    }
    return "100";
  }

  Integer integer(String key) {
    Double value = number(key);
    if (value == null) {
      return null;
    }
    if (value != Math.rint(value)) {
      sink.add(
          Diagnostic.error(
              "wrong-type",
              valueSpan(key),
              "`" + key + "` must be a whole number, but is " + text(key),
              "write a whole number, e.g. `" + key + ": " + Math.round(value) + "`"));
      return null;
    }
    if (Math.abs(value) > Integer.MAX_VALUE) {
      sink.add(
          Diagnostic.error(
              "invalid-value",
              valueSpan(key),
              "`" + key + "` is too large: " + text(key),
              "write a whole number below 2,147,483,648"));
      return null;
    }
    return (int) Math.round(value);
  }

  Boolean bool(String key) {
    YScalar scalar = scalar(key, "true or false");
    if (scalar == null) {
      return null;
    }
    if (scalar.type() == ScalarType.BOOLEAN) {
      return Boolean.parseBoolean(scalar.text().toLowerCase(Locale.ROOT));
    }
    wrongType(scalar, key, "true or false", "write `" + key + ": true` or `" + key + ": false`");
    return null;
  }

  LocalDate date(String key) {
    YScalar scalar = scalar(key, "a date");
    if (scalar == null) {
      return null;
    }
    try {
      return strictDate(scalar.text());
    } catch (DateTimeParseException e) {
      invalidDate(scalar, key);
      return null;
    }
  }

  /** A point in time: a full ISO 8601 timestamp with offset, or a date (its start, UTC). */
  OffsetDateTime timestamp(String key) {
    YScalar scalar = scalar(key, "a date and time");
    if (scalar == null) {
      return null;
    }
    String text = scalar.text();
    OffsetDateTime common = Timestamps.common(text);
    if (common != null) {
      return common;
    }
    try {
      if (text.length() == 10) {
        return strictDate(text).atStartOfDay().atOffset(java.time.ZoneOffset.UTC);
      }
      return OffsetDateTime.parse(
          text, DateTimeFormatter.ISO_OFFSET_DATE_TIME.withResolverStyle(ResolverStyle.STRICT));
    } catch (DateTimeParseException e) {
      sink.add(
          Diagnostic.error(
              "invalid-date",
              scalar.span(),
              "`" + text + "` is not a valid date and time",
              "write it as ISO 8601 with an offset, e.g. `2026-11-20T18:02:00+01:00`, or as a"
                  + " date `2026-11-20`"));
      return null;
    }
  }

  /** One word out of a fixed set; spellings are compared as written in the format. */
  <E> E choice(String key, Map<String, E> words) {
    String value = text(key);
    if (value == null) {
      return null;
    }
    E chosen = words.get(value);
    if (chosen == null) {
      String suggestion =
          Suggestions.closest(value, words.keySet())
              .map(s -> "did you mean `" + s + "`? ")
              .orElse("");
      sink.add(
          Diagnostic.error(
              "invalid-value",
              valueSpan(key),
              "`" + value + "` is not a valid `" + key + "`",
              suggestion + "use one of: " + String.join(", ", words.keySet())));
    }
    return chosen;
  }

  /** A list of words; a single word is accepted as a list of one. */
  List<String> words(String key) {
    Entry entry = entry(key);
    if (entry == null || entry.value() instanceof YScalar s && s.isNull()) {
      return List.of();
    }
    if (entry.value() instanceof YScalar s) {
      return List.of(s.text());
    }
    if (entry.value() instanceof YSeq seq) {
      List<String> result = new ArrayList<>();
      for (YNode item : seq.items()) {
        if (item instanceof YScalar s && !s.isNull()) {
          result.add(s.text());
        } else {
          sink.add(
              Diagnostic.error(
                  "wrong-type",
                  item.span(),
                  "each item of `" + key + "` must be a word, but this is " + item.describe(),
                  "write the list as `" + key + ": [a, b]`"));
        }
      }
      return result;
    }
    wrongType(entry.value(), key, "a list", "write it as `" + key + ": [a, b]`");
    return List.of();
  }

  /** The items of a list-valued key, each a mapping. */
  List<YNode> list(String key) {
    Entry entry = entry(key);
    if (entry == null || entry.value() instanceof YScalar s && s.isNull()) {
      return List.of();
    }
    if (entry.value() instanceof YSeq seq) {
      return seq.items();
    }
    wrongType(entry.value(), key, "a list", "write each item on its own line starting with `- `");
    return List.of();
  }

  Optional<MapReader> map(String key, String whatInside, Set<String> allowed) {
    Entry entry = entry(key);
    if (entry == null || entry.value() instanceof YScalar s && s.isNull()) {
      return Optional.empty();
    }
    return of(entry.value(), whatInside, allowed, sink);
  }

  /** The YAML type of a scalar value, or null when the key is absent or not a scalar. */
  ScalarType scalarType(String key) {
    Entry entry = entry(key);
    return entry != null && entry.value() instanceof YScalar s ? s.type() : null;
  }

  /** A mapping-valued key as raw nodes, for mappings whose keys are the user's own names. */
  YMap rawMap(String key) {
    Entry entry = entry(key);
    if (entry == null || entry.value() instanceof YScalar s && s.isNull()) {
      return null;
    }
    if (entry.value() instanceof YMap m) {
      return m;
    }
    wrongType(
        entry.value(), key, "a mapping", "write `" + key + ":` with indented `name: value` lines");
    return null;
  }

  Set<String> keys() {
    Set<String> keys = new java.util.LinkedHashSet<>();
    entries.forEach(entry -> keys.add(entry.key()));
    return keys;
  }

  private YScalar scalar(String key, String expected) {
    Entry entry = entry(key);
    if (entry == null) {
      return null;
    }
    if (entry.value() instanceof YScalar s) {
      return s.isNull() ? null : s;
    }
    wrongType(entry.value(), key, expected, "write a single value after `" + key + ":`");
    return null;
  }

  private void rejectUnknownKeys() {
    for (Entry entry : map.entries()) {
      if (!allowedKeys.contains(entry.key())) {
        String help =
            Suggestions.closest(entry.key(), allowedKeys)
                .map(s -> "did you mean `" + s + "`?")
                .orElse(
                    "known keys here: "
                        + String.join(", ", allowedKeys.stream().sorted().toList()));
        sink.add(
            Diagnostic.error(
                "unknown-key",
                entry.keySpan(),
                "unknown key `" + entry.key() + "` in " + what,
                help));
      }
    }
  }

  private void wrongType(YNode node, String key, String expected, String help) {
    sink.add(
        Diagnostic.error(
            "wrong-type",
            node.span(),
            "`" + key + "` must be " + expected + ", but is " + node.describe(),
            help));
  }

  private void wrongNumber(YScalar scalar, String key, String problem, String help) {
    sink.add(
        Diagnostic.error(
            "invalid-number",
            scalar.span(),
            "`" + key + ": " + scalar.text() + "` " + problem,
            help));
  }

  private void invalidDate(YScalar scalar, String key) {
    sink.add(
        Diagnostic.error(
            "invalid-date",
            scalar.span(),
            "`" + scalar.text() + "` is not a valid date",
            "write a calendar date as YYYY-MM-DD, e.g. `" + key + ": 2026-09-30`"));
  }

  static String slugify(String title) {
    return okr.model.Slugs.of(title);
  }
}
