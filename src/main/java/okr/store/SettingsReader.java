package okr.store;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import okr.model.Diagnostic;
import okr.model.NamedPeriod;
import okr.model.People;
import okr.model.Settings;

/** Reads okr.yaml; every key is optional and falls back to the documented default. */
final class SettingsReader {

  private static final Set<String> KEYS =
      Set.of(
          "name",
          "me",
          "fiscal_year_start",
          "confidence",
          "scoring",
          "checkin_every",
          "lint",
          "ignore",
          "periods",
          "people");
  private static final Set<String> SCORING_KEYS =
      Set.of("green", "amber", "aspirational", "committed");
  private static final Set<String> BAND_KEYS = Set.of("green", "amber");
  private static final Set<String> PERIOD_KEYS = Set.of("start", "end");
  private static final Set<String> PERSON_KEYS = Set.of("name", "emails", "handle");

  /** The lint keys that are settings; every other key names a rule. */
  private static final Set<String> LIMITS =
      Set.of("max_objectives", "max_kpis", "key_results", "activity_verbs");

  private static final Map<String, String> CONFIDENCE_SCALES =
      Words.ordered("0-10", "0-10", "traffic-light", "traffic-light");
  private static final Map<String, String> RULE_LEVELS =
      Words.ordered("off", "off", "hint", "hint", "warning", "warning", "error", "error");

  private SettingsReader() {}

  /**
   * @param personal whether this is the personal workspace, the one okr.yaml where {@code me:} may
   *     say who "me" is; anywhere else it would name one person for everyone and is ignored
   */
  static Settings read(Path file, YNode root, boolean personal, List<Diagnostic> sink) {
    Settings defaults = Settings.defaults();
    MapReader r = MapReader.of(root, "okr.yaml", KEYS, sink).orElse(null);
    if (r == null) {
      return defaults;
    }
    Integer fiscal = r.integer("fiscal_year_start");
    if (fiscal != null && (fiscal < 1 || fiscal > 12)) {
      sink.add(
          Diagnostic.error(
              "invalid-value",
              r.valueSpan("fiscal_year_start"),
              "`fiscal_year_start: " + fiscal + "` is not a month",
              "write the month the fiscal year starts in, 1 (January) to 12 (December)"));
      fiscal = null;
    }
    String scale = r.choice("confidence", CONFIDENCE_SCALES);
    Settings.Scoring scoring = scoring(r, defaults.scoring(), sink);
    String me = r.text("me");
    if (r.has("me") && !personal) {
      sink.add(
          Diagnostic.warning(
              "shared-me",
              r.keySpan("me"),
              "`me:` in a shared okr.yaml would name one person for everyone, so it is ignored",
              "remove `me:`; set OKR_USER or `me:` in ~/.config/okr/config.yaml, or map your git"
                  + " email under `people:`"));
      me = null;
    }
    return new Settings(
        r.text("name"),
        me,
        fiscal == null ? defaults.fiscalYearStart() : fiscal,
        scale == null ? defaults.confidenceScale() : scale,
        scoring,
        interval(r, defaults.checkinEveryDays(), sink),
        lint(r, sink),
        ignore(r, sink),
        periods(r, sink),
        people(r, sink),
        r.spans());
  }

  /** The {@code ignore:} paths and globs; one that is no glob is an error at its place. */
  private static List<String> ignore(MapReader r, List<Diagnostic> sink) {
    List<String> patterns = r.words("ignore");
    List<String> good = new java.util.ArrayList<>();
    for (int i = 0; i < patterns.size(); i++) {
      String pattern = patterns.get(i);
      try {
        java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        good.add(pattern);
      } catch (java.util.regex.PatternSyntaxException e) {
        sink.add(
            Diagnostic.error(
                "invalid-value",
                r.spans().at(SpanNames.item("ignore", i)),
                "`" + pattern + "` is not a glob: " + e.getDescription(),
                "write a folder (`drafts/`) or a glob (`*.tmp.yaml`); put a backslash before a"
                    + " [, ], { or } that is part of a name"));
      }
    }
    return good;
  }

  /**
   * {@code scoring: {aspirational: {green:, amber:}, committed: {green:, amber:}}}, or the flat
   * form okr read before objectives had bands per type, {@code scoring: {green:, amber:}}, which
   * sets the aspirational bands.
   */
  private static Settings.Scoring scoring(
      MapReader r, Settings.Scoring defaults, List<Diagnostic> sink) {
    MapReader scoring = r.map("scoring", "the scoring bands", SCORING_KEYS).orElse(null);
    if (scoring == null) {
      return defaults;
    }
    boolean flat = scoring.has("green") || scoring.has("amber");
    if (flat && scoring.has("aspirational")) {
      sink.add(
          Diagnostic.error(
              "invalid-value",
              scoring.keySpan("aspirational"),
              "`scoring:` gives the aspirational bands twice, flat and under `aspirational:`",
              "keep one: `scoring: {aspirational: {green: 0.7, amber: 0.4}}`"));
      return defaults;
    }
    // No lambdas (Optional's map): each is linked in the interpreter on every run.
    Settings.Limits aspirational;
    if (flat) {
      aspirational = limits(scoring, "scoring", defaults.aspirational(), sink);
    } else {
      Optional<MapReader> m = scoring.map("aspirational", "the aspirational bands", BAND_KEYS);
      aspirational =
          m.isPresent()
              ? limits(m.get(), "aspirational", defaults.aspirational(), sink)
              : defaults.aspirational();
    }
    Optional<MapReader> m = scoring.map("committed", "the committed bands", BAND_KEYS);
    Settings.Limits committed =
        m.isPresent()
            ? limits(m.get(), "committed", defaults.committed(), sink)
            : defaults.committed();
    return new Settings.Scoring(aspirational, committed);
  }

  private static Settings.Limits limits(
      MapReader m, String name, Settings.Limits fallback, List<Diagnostic> sink) {
    Double g = m.number("green");
    Double a = m.number("amber");
    double green = g == null ? fallback.green() : g;
    double amber = a == null ? fallback.amber() : a;
    if (green <= amber || green > 1 || amber < 0) {
      sink.add(
          Diagnostic.error(
              "invalid-value",
              m.span(),
              "`"
                  + name
                  + "` bands must satisfy 0 <= amber < green <= 1 (here green "
                  + YamlText.number(green)
                  + ", amber "
                  + YamlText.number(amber)
                  + ")",
              "e.g. `scoring: {aspirational: {green: 0.7, amber: 0.4}, committed: {green: 1.0,"
                  + " amber: 0.7}}`"));
      return fallback;
    }
    return new Settings.Limits(green, amber);
  }

  private static int interval(MapReader r, int fallback, List<Diagnostic> sink) {
    String text = r.text("checkin_every");
    if (text == null) {
      return fallback;
    }
    java.util.OptionalLong days = okr.model.DayCount.days(text);
    if (days.isEmpty() || days.getAsLong() < 1 || days.getAsLong() > Integer.MAX_VALUE) {
      sink.add(
          Diagnostic.error(
              "invalid-value",
              r.valueSpan("checkin_every"),
              "`checkin_every: " + text + "` is not an interval",
              "write a number of days or weeks, e.g. `1w`, `2w` or `10d`"));
      return fallback;
    }
    return (int) days.getAsLong();
  }

  /** A limit: a whole number of at least one, or null (the default) with an error. */
  private static Integer atLeastOne(MapReader lint, String key, List<Diagnostic> sink) {
    Integer n = lint.integer(key);
    if (n != null && n < 1) {
      sink.add(
          Diagnostic.error(
              "invalid-value",
              lint.valueSpan(key),
              "`" + key + ": " + n + "` is not a limit",
              "write a whole number of 1 or more, e.g. `" + key + ": 5`"));
      return null;
    }
    return n;
  }

  private static Settings.Lint lint(MapReader r, List<Diagnostic> sink) {
    Settings.Lint defaults = Settings.Lint.defaults();
    if (!r.has("lint")) {
      return defaults;
    }
    // Rule ids are checked against the catalogue by the checker; here any key is accepted.
    YNode.YMap map = r.rawMap("lint");
    if (map == null) {
      return defaults;
    }
    Set<String> keys = new java.util.HashSet<>();
    map.entries().forEach(e -> keys.add(e.key()));
    MapReader lint = new MapReader(map, "the lint settings", keys, sink);
    Integer maxObjectives = atLeastOne(lint, "max_objectives", sink);
    Integer maxKpis = atLeastOne(lint, "max_kpis", sink);
    int minKr = defaults.minKeyResults();
    int maxKr = defaults.maxKeyResults();
    List<String> range = lint.words("key_results");
    if (!range.isEmpty()) {
      if (range.size() == 2
          && SettingsShapes.isSmallNumber(range.get(0))
          && SettingsShapes.isSmallNumber(range.get(1))
          && Integer.parseInt(range.get(0)) <= Integer.parseInt(range.get(1))) {
        minKr = Integer.parseInt(range.get(0));
        maxKr = Integer.parseInt(range.get(1));
      } else {
        sink.add(
            Diagnostic.error(
                "invalid-value",
                lint.valueSpan("key_results"),
                "`key_results` must be a range of two whole numbers, the smaller first",
                "e.g. `key_results: [2, 5]`"));
      }
    }
    Map<String, String> rules = new LinkedHashMap<>();
    Map<String, okr.model.SourceSpan> ruleSpans = new LinkedHashMap<>();
    for (YNode.Entry entry : map.entries()) {
      String key = entry.key();
      if (!LIMITS.contains(key)) {
        String level = lint.choice(key, RULE_LEVELS);
        if (level != null) {
          rules.put(key, level);
          ruleSpans.put(key, entry.keySpan());
        }
      }
    }
    List<String> verbs =
        lint.has("activity_verbs") ? lint.words("activity_verbs") : defaults.activityVerbs();
    return new Settings.Lint(
        maxObjectives == null ? defaults.maxObjectives() : maxObjectives,
        minKr,
        maxKr,
        maxKpis == null ? defaults.maxKpis() : maxKpis,
        verbs,
        rules,
        ruleSpans);
  }

  /**
   * The {@code people:} table. Keys are checked as ids, since they are what {@code owner:} and
   * {@code by:} say; an email or display name given to two people could not tell them apart.
   */
  private static People people(MapReader r, List<Diagnostic> sink) {
    YNode.YMap map = r.rawMap("people");
    if (map == null) {
      return People.NONE;
    }
    List<People.Person> persons = new ArrayList<>();
    Map<String, String> emailOf = new HashMap<>();
    Map<String, String> nameOf = new HashMap<>();
    for (YNode.Entry entry : map.entries()) {
      String key = entry.key();
      if (!okr.model.Slugs.isId(key)) {
        sink.add(
            Diagnostic.error(
                "invalid-id",
                entry.keySpan(),
                "`" + key + "` is not a valid person key",
                "a key is what owner: and by: say: lowercase letters, digits and dashes, e.g. `"
                    + okr.model.Slugs.of(key)
                    + "`, with the full name under it as `name:`"));
        continue;
      }
      if (entry.value() instanceof YNode.YScalar s && s.isNull()) {
        persons.add(new People.Person(key, null, List.of()));
        continue;
      }
      MapReader p =
          MapReader.of(entry.value(), "the person `" + key + "`", PERSON_KEYS, sink).orElse(null);
      if (p == null) {
        continue;
      }
      String name = p.text("name");
      if (name != null && !name.isBlank()) {
        String other = nameOf.putIfAbsent(name, key);
        if (other != null) {
          sink.add(
              Diagnostic.error(
                  "invalid-value",
                  p.valueSpan("name"),
                  "the name `" + name + "` is given to both `" + other + "` and `" + key + "`",
                  "give each person a name of their own"));
          name = null;
        }
      }
      List<String> emails = new ArrayList<>();
      for (String email : p.words("emails")) {
        String trimmed = email.strip();
        if (!SettingsShapes.isEmail(trimmed)) {
          sink.add(
              Diagnostic.error(
                  "invalid-value",
                  p.valueSpan("emails"),
                  "`" + email + "` is not an email address",
                  "write addresses as git has them (`git config user.email`), e.g."
                      + " `emails: [dana@acme.example]`"));
          continue;
        }
        String other = emailOf.putIfAbsent(trimmed.toLowerCase(Locale.ROOT), key);
        if (other != null) {
          sink.add(
              Diagnostic.error(
                  "invalid-value",
                  p.valueSpan("emails"),
                  "the email `"
                      + trimmed
                      + "` is listed for both `"
                      + other
                      + "` and `"
                      + key
                      + "`",
                  "list each email under one person"));
          continue;
        }
        emails.add(trimmed);
      }
      // YAML reads a plain @ as reserved, so `handle: dana` means @dana; "@dana" works too.
      String handle = p.text("handle");
      if (handle != null && !handle.strip().startsWith("@")) {
        handle = "@" + handle.strip();
      }
      if (handle != null && !SettingsShapes.isHandle(handle.strip())) {
        sink.add(
            Diagnostic.error(
                "invalid-value",
                p.valueSpan("handle"),
                "`" + handle + "` is not a code-review handle",
                "write the user or team as code review knows them, e.g. `handle: dana` or"
                    + " `handle: acme/growth`"));
        handle = null;
      }
      persons.add(new People.Person(key, name, emails, handle == null ? null : handle.strip()));
    }
    return new People(persons);
  }

  private static Map<String, NamedPeriod> periods(MapReader r, List<Diagnostic> sink) {
    YNode.YMap map = r.rawMap("periods");
    if (map == null) {
      return Map.of();
    }
    Map<String, NamedPeriod> periods = new LinkedHashMap<>();
    for (YNode.Entry entry : map.entries()) {
      MapReader.of(entry.value(), "the period `" + entry.key() + "`", PERIOD_KEYS, sink)
          .ifPresent(
              p -> {
                LocalDate start = p.date("start");
                LocalDate end = p.date("end");
                if (!p.has("start")) {
                  p.missing("start", "2026-01-01");
                }
                if (!p.has("end")) {
                  p.missing("end", "2026-03-31");
                }
                if (start != null && end != null) {
                  if (end.isBefore(start)) {
                    sink.add(
                        Diagnostic.error(
                            "invalid-period",
                            p.valueSpan("end"),
                            "the period `" + entry.key() + "` ends before it starts",
                            "make `end` the same as or later than `start`"));
                  } else {
                    periods.put(
                        entry.key(), new NamedPeriod(entry.key(), start, end, entry.keySpan()));
                  }
                }
              });
    }
    return periods;
  }
}
