package okr.store;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The small part of JSONPath a KPI's {@code http:} source needs: {@code $}, then names ({@code
 * .total}) and list positions ({@code [0]}), e.g. {@code $.signups.weeks[0].count}. No wildcards or
 * filters: a source names one value.
 */
public final class JsonPath {

  private static final Pattern STEP =
      Pattern.compile("\\.([A-Za-z_][A-Za-z0-9_-]*)|\\[(\\d{1,9})]");
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private JsonPath() {}

  /** Why {@code path} is not a path of this subset, or null when it is one. */
  public static String problem(String path) {
    return steps(path) == null
        ? "is not a JSON path of names and positions, like `$.a.b[0].c`"
        : null;
  }

  /**
   * The value at {@code path} in the JSON text {@code json}, as text (a number as a plain decimal),
   * or a {@link Failure} saying what was not there.
   */
  public static String select(String json, String path) {
    List<Object> steps = steps(path);
    if (steps == null) {
      throw new Failure("`" + path + "` " + problem(path));
    }
    JsonNode node;
    try {
      node = MAPPER.readTree(json);
    } catch (JacksonException e) {
      throw new Failure("answered with something that is not JSON");
    }
    StringBuilder at = new StringBuilder("$");
    for (Object step : steps) {
      JsonNode next =
          node == null ? null : step instanceof Integer i ? node.get(i) : node.get((String) step);
      at.append(step instanceof Integer i ? "[" + i + "]" : "." + step);
      if (next == null || next.isNull()) {
        throw new Failure("answered without `" + at + "`");
      }
      node = next;
    }
    if (node.isNumber()) {
      return node.decimalValue().stripTrailingZeros().toPlainString();
    }
    if (node.isString()) {
      return node.stringValue().strip();
    }
    throw new Failure(
        "answered with "
            + (node.isArray() || node.isObject() ? "a list or an object" : "`" + node + "`")
            + " at `"
            + path
            + "`, not a number");
  }

  private static List<Object> steps(String path) {
    if (path == null || !path.startsWith("$")) {
      return null;
    }
    List<Object> steps = new ArrayList<>();
    Matcher m = STEP.matcher(path);
    int at = 1;
    while (at < path.length()) {
      if (!m.find(at) || m.start() != at) {
        return null;
      }
      steps.add(m.group(1) != null ? m.group(1) : (Object) Integer.parseInt(m.group(2)));
      at = m.end();
    }
    return steps;
  }

  /** A value that is not where the path says, or not a value. */
  public static final class Failure extends RuntimeException {
    Failure(String message) {
      super(message);
    }
  }
}
