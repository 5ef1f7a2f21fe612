package okr.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import okr.model.Diagnostic;
import okr.model.Direction;
import okr.model.Header;
import okr.model.Initiative;
import okr.model.InitiativeStatus;
import okr.model.KeyResult;
import okr.model.Kind;
import okr.model.Kpi;
import okr.model.KpiSource;
import okr.model.KrType;
import okr.model.Measure;
import okr.model.Objective;
import okr.model.ObjectiveType;
import okr.model.PhasedTarget;
import okr.model.SmartGoal;
import okr.model.SourceSpan;
import okr.model.Thresholds;

/** Turns the YAML of one goal file into an objective, KPI or SMART goal. */
final class GoalFileReader {

  private static final Set<String> COMMON =
      Set.of("kind", "id", "title", "owner", "team", "tags", "notes", "lint_ignore");
  private static final Set<String> OBJECTIVE_KEYS =
      union(
          COMMON,
          "period",
          "start",
          "due",
          "type",
          "level",
          "aligns_to",
          "carried_from",
          "key_results",
          "initiatives",
          "rollup",
          "collaborators");
  private static final Set<String> KR_KEYS =
      Set.of(
          "id",
          "title",
          "type",
          "baseline",
          "target",
          "stretch",
          "unit",
          "direction",
          "weight",
          "owner",
          "kpi",
          "cumulative",
          "min",
          "max",
          "notes",
          "collaborators",
          "due");
  private static final Set<String> INITIATIVE_KEYS =
      Set.of(
          "id",
          "title",
          "status",
          "key_result",
          "link",
          "owner",
          "notes",
          "due",
          "progress",
          "done");
  private static final Set<String> KPI_KEYS =
      union(
          COMMON,
          "unit",
          "indicator",
          "better",
          "target",
          "thresholds",
          "frequency",
          "health",
          "leads",
          "min",
          "max",
          "targets",
          "source");
  private static final Set<String> SOURCE_KEYS =
      Set.of("command", "csv", "column", "date", "http", "json");
  private static final Set<String> GOAL_KEYS =
      union(COMMON, "measure", "achievable", "relevant", "due", "start", "period", "aligns_to");
  private static final Set<String> MEASURE_KEYS =
      Set.of("baseline", "target", "unit", "cumulative", "direction");
  private static final Set<String> THRESHOLD_KEYS = Set.of("green", "amber");
  private static final Map<String, Kind> KINDS =
      Map.of("objective", Kind.OBJECTIVE, "kpi", Kind.KPI, "goal", Kind.GOAL);

  private final Path file;
  private final List<Diagnostic> sink;

  private GoalFileReader(Path file, List<Diagnostic> sink) {
    this.file = file;
    this.sink = sink;
  }

  /** The entity of a goal file: an {@link Objective}, {@link Kpi} or {@link SmartGoal}. */
  static Optional<Object> read(Path file, YNode root, List<Diagnostic> sink) {
    return new GoalFileReader(file, sink).read(root);
  }

  private Optional<Object> read(YNode root) {
    if (!(root instanceof YNode.YMap map)) {
      MapReader.of(root, "a goal file", COMMON, sink);
      return Optional.empty();
    }
    Kind kind = kindOf(map);
    if (kind == null) {
      return Optional.empty();
    }
    return switch (kind) {
      case OBJECTIVE ->
          Optional.of(objective(new MapReader(map, "an objective", OBJECTIVE_KEYS, sink)));
      case KPI -> Optional.of(kpi(new MapReader(map, "a KPI", KPI_KEYS, sink)));
      case GOAL -> Optional.of(goal(new MapReader(map, "a goal", GOAL_KEYS, sink)));
    };
  }

  private Kind kindOf(YNode.YMap map) {
    for (YNode.Entry entry : map.entries()) {
      if (entry.key().equals("kind")) {
        String word = entry.value() instanceof YNode.YScalar s ? s.text() : "";
        Kind kind = KINDS.get(word);
        if (kind == null) {
          sink.add(
              Diagnostic.error(
                  "unknown-kind",
                  entry.value().span(),
                  "`kind: " + word + "` is not a kind of goal file",
                  "use `kind: objective`, `kind: kpi` or `kind: goal`"));
        }
        return kind;
      }
    }
    sink.add(
        Diagnostic.error(
            "missing-kind",
            map.span(),
            "this YAML file has no `kind:`, so it is not a goal file",
            "add `kind: objective`, `kind: kpi` or `kind: goal`, or list the file under"
                + " `ignore:` in okr.yaml"));
    return null;
  }

  /**
   * An id made of a file's title, for the help of an id that cannot be one; made only then. A class
   * rather than a lambda, as are the loops below rather than Optional's map: every lambda a view
   * meets is linked in the interpreter on every run, archived or not (docs/architecture.md).
   */
  private static final class SlugOfTitle implements java.util.function.Supplier<String> {
    private final MapReader r;

    SlugOfTitle(MapReader r) {
      this.r = r;
    }

    @Override
    public String get() {
      return okr.model.Slugs.readable(MapReader.slugify(String.valueOf(r.text("title"))));
    }
  }

  private Header header(MapReader r, Kind kind) {
    return new Header(
        kind,
        r.requiredSlug("id", new SlugOfTitle(r)),
        r.requiredText("title", "A short, inspiring sentence"),
        r.text("owner"),
        r.text("team"),
        r.words("tags"),
        r.text("notes"),
        file,
        r.words("lint_ignore"));
  }

  private Objective objective(MapReader r) {
    Header header = header(r, Kind.OBJECTIVE);
    List<KeyResult> keyResults = new ArrayList<>();
    for (YNode node : r.list("key_results")) {
      Optional<MapReader> kr = MapReader.of(node, "a key result", KR_KEYS, sink);
      if (kr.isPresent()) {
        keyResults.add(keyResult(kr.get()));
      }
    }
    List<Initiative> initiatives = new ArrayList<>();
    for (YNode node : r.list("initiatives")) {
      Optional<MapReader> initiative = MapReader.of(node, "an initiative", INITIATIVE_KEYS, sink);
      if (initiative.isPresent()) {
        initiatives.add(initiative(initiative.get()));
      }
    }
    ObjectiveType type = r.choice("type", Words.OBJECTIVE_TYPE);
    Boolean rollup = r.bool("rollup");
    return new Objective(
        header,
        r.text("period"),
        r.date("start"),
        r.date("due"),
        type == null ? ObjectiveType.ASPIRATIONAL : type,
        r.choice("level", Words.LEVEL),
        r.refs("aligns_to"),
        r.ref("carried_from"),
        keyResults,
        initiatives,
        Boolean.TRUE.equals(rollup),
        r.words("collaborators"),
        r.spans());
  }

  private KeyResult keyResult(MapReader r) {
    KrType type = r.choice("type", Words.KR_TYPE);
    Double weight = r.number("weight");
    Boolean cumulative = r.bool("cumulative");
    return new KeyResult(
        r.requiredSlug("id", "climb"),
        r.requiredText("title", "Climb 4,230 m in one training day"),
        type == null ? KrType.METRIC : type,
        r.number("baseline"),
        r.number("target"),
        r.number("stretch"),
        r.text("unit"),
        r.choice("direction", Words.DIRECTION),
        weight == null ? 1.0 : weight,
        r.text("owner"),
        r.ref("kpi"),
        Boolean.TRUE.equals(cumulative),
        r.number("min"),
        r.number("max"),
        r.words("collaborators"),
        r.date("due"),
        r.spans());
  }

  /**
   * An initiative; its id only when written (never made from the title, so a file written before
   * ids keeps its meaning). Whether its progress is within 0-100 is {@code okr check}'s question.
   */
  private Initiative initiative(MapReader r) {
    r.text("notes");
    InitiativeStatus status = r.choice("status", Words.INITIATIVE_STATUS);
    Boolean done = r.bool("done");
    return new Initiative(
        r.has("id") ? r.requiredSlug("id", "hill-rides") : null,
        r.requiredText("title", "Join the club's Saturday hill rides"),
        status,
        r.ref("key_result"),
        r.text("link"),
        r.text("owner"),
        r.date("due"),
        r.number("progress"),
        Boolean.TRUE.equals(done) || status == InitiativeStatus.DONE,
        r.spans());
  }

  private Kpi kpi(MapReader r) {
    Header header = header(r, Kind.KPI);
    Optional<MapReader> written = r.map("thresholds", "the thresholds", THRESHOLD_KEYS);
    Thresholds thresholds = written.isPresent() ? thresholds(written.get()) : null;
    Boolean health = r.bool("health");
    return new Kpi(
        header,
        r.text("unit"),
        r.choice("indicator", Words.INDICATOR),
        r.choice("better", Words.BETTER),
        r.number("target"),
        thresholds,
        r.choice("frequency", Words.FREQUENCY),
        Boolean.TRUE.equals(health),
        r.words("leads"),
        r.number("min"),
        r.number("max"),
        phasedTargets(r),
        r.spans(),
        sourceOf(r));
  }

  private static Thresholds thresholds(MapReader t) {
    Double green = t.number("green");
    Double amber = t.number("amber");
    if (green == null || amber == null) {
      if (green == null && !t.has("green")) {
        t.missing("green", "5000");
      }
      if (amber == null && !t.has("amber")) {
        t.missing("amber", "3000");
      }
      return null;
    }
    return new Thresholds(green, amber);
  }

  private KpiSource sourceOf(MapReader r) {
    Optional<MapReader> written = r.map("source", "the source", SOURCE_KEYS);
    return written.isPresent() ? source(written.get()) : null;
  }

  /** Where {@code okr pull} measures a KPI: exactly one of command, csv and http. */
  private KpiSource source(MapReader s) {
    List<String> kinds =
        java.util.stream.Stream.of("command", "csv", "http").filter(s::has).toList();
    if (kinds.size() != 1) {
      sink.add(
          Diagnostic.error(
              kinds.isEmpty() ? "missing-key" : "invalid-value",
              s.span(),
              kinds.isEmpty()
                  ? "the source must say where the value comes from"
                  : "the source must be one thing, but names "
                      + String.join(" and ", kinds.stream().map(k -> "`" + k + "`").toList()),
              "give exactly one of `command: \"...\"`, `csv: FILE` (with `column:`) or"
                  + " `http: URL` (with `json: $.path`)"));
      return null;
    }
    SourceSpan span = s.valueSpan(kinds.get(0));
    for (String key : List.of("column", "date", "json")) {
      boolean belongs =
          key.equals("json") ? kinds.get(0).equals("http") : kinds.get(0).equals("csv");
      if (s.has(key) && !belongs) {
        sink.add(
            Diagnostic.error(
                "unknown-key",
                s.keySpan(key),
                "`" + key + "` does not belong to a `" + kinds.get(0) + "` source",
                key.equals("json")
                    ? "`json:` picks a value out of an `http:` source; remove it"
                    : "`" + key + ":` names a column of a `csv:` source; remove it"));
      }
    }
    return switch (kinds.get(0)) {
      case "command" -> {
        String command = s.requiredText("command", "\"./scripts/signups.sh\"");
        yield command == null ? null : KpiSource.command(command, span);
      }
      case "csv" -> {
        String csv = s.requiredText("csv", "data/signups.csv");
        String column = s.requiredText("column", "signups");
        yield csv == null || column == null
            ? null
            : KpiSource.csv(csv, column, s.text("date"), span);
      }
      default -> {
        String url = s.requiredText("http", "https://example.com/stats.json");
        String json = s.requiredText("json", "$.signups.total");
        if (json != null && JsonPath.problem(json) != null) {
          sink.add(
              Diagnostic.error(
                  "invalid-value",
                  s.valueSpan("json"),
                  "`json: " + json + "` " + JsonPath.problem(json),
                  "write a path like `$.signups.total` or `$.items[0].count`"));
          json = null;
        }
        yield url == null || json == null ? null : KpiSource.http(url, json, span);
      }
    };
  }

  /** {@code targets: {2026-10: 40, 2026-Q4: 60}}: a number per period name, each located. */
  private List<PhasedTarget> phasedTargets(MapReader r) {
    YNode.YMap raw = r.rawMap("targets");
    if (raw == null) {
      return List.of();
    }
    Set<String> periods = new TreeSet<>();
    raw.entries().forEach(e -> periods.add(e.key()));
    MapReader numbers = new MapReader(raw, "the targets", periods, sink);
    List<PhasedTarget> result = new ArrayList<>();
    for (YNode.Entry entry : raw.entries()) {
      Double value = numbers.number(entry.key());
      if (value != null) {
        result.add(new PhasedTarget(entry.key(), value, entry.keySpan()));
      }
    }
    return result;
  }

  private SmartGoal goal(MapReader r) {
    Header header = header(r, Kind.GOAL);
    MapReader m = r.map("measure", "the measure", MEASURE_KEYS).orElse(null);
    Measure measure = null;
    if (m != null) { // not Optional.map: a view links no lambda (bench/README.md, issue #18)
      Boolean cumulative = m.bool("cumulative");
      Direction direction = m.choice("direction", Words.DIRECTION);
      measure =
          new Measure(
              m.number("baseline"),
              m.number("target"),
              m.text("unit"),
              Boolean.TRUE.equals(cumulative),
              direction);
    }
    return new SmartGoal(
        header,
        measure,
        r.text("achievable"),
        r.text("relevant"),
        r.date("start"),
        r.date("due"),
        r.text("period"),
        r.refs("aligns_to"),
        r.spans());
  }

  private static Set<String> union(Set<String> base, String... more) {
    Set<String> all = new TreeSet<>(base);
    all.addAll(List.of(more));
    return Set.copyOf(all);
  }
}
