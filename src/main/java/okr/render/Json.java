package okr.render;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** JSON for scripts: Jackson writes it, so escaping is always right, text kept exact. */
final class Json {

  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private Json() {}

  static String pretty(Object value) {
    return MAPPER.writeValueAsString(value);
  }

  static Object parse(String json) {
    return MAPPER.readTree(json);
  }
}
