package okr.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JsonPathTest {

  private static final String JSON =
      "{\"signups\": {\"total\": 412, \"weeks\": [{\"n\": \"38.5\"}, {\"n\": 1e3}]}, \"ok\": true}";

  @Test
  void namesAndPositionsPickOneValue() {
    assertThat(JsonPath.select(JSON, "$.signups.total")).isEqualTo("412");
    assertThat(JsonPath.select(JSON, "$.signups.weeks[0].n")).isEqualTo("38.5");
    // an exponent comes out as the plain decimal okr reads
    assertThat(JsonPath.select(JSON, "$.signups.weeks[1].n")).isEqualTo("1000");
  }

  @Test
  void onlyTheSubsetIsAPath() {
    assertThat(JsonPath.problem("$.a.b[0].c")).isNull();
    assertThat(JsonPath.problem("$")).isNull();
    assertThat(JsonPath.problem("$..a")).isNotNull();
    assertThat(JsonPath.problem("$.a[*]")).isNotNull();
    assertThat(JsonPath.problem("a.b")).isNotNull();
    assertThat(JsonPath.problem("$['a']")).isNotNull();
  }

  @Test
  void whatIsNotThereOrNotANumberIsSaid() {
    assertThatThrownBy(() -> JsonPath.select(JSON, "$.signups.weeks[2].n"))
        .hasMessage("answered without `$.signups.weeks[2]`");
    assertThatThrownBy(() -> JsonPath.select(JSON, "$.signups"))
        .hasMessageContaining("not a number");
    assertThatThrownBy(() -> JsonPath.select(JSON, "$.ok")).hasMessageContaining("not a number");
    assertThatThrownBy(() -> JsonPath.select("<html>", "$.a"))
        .hasMessage("answered with something that is not JSON");
  }
}
