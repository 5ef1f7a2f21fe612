package okr.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PeopleTest {

  private final People people =
      new People(
          List.of(
              new People.Person(
                  "dana",
                  "Dana Scully",
                  List.of("dana@acme.example", "DScully@Users.noreply.github.com")),
              new People.Person("sam", null, List.of("sam@acme.example"))));

  @Test
  void anEmailIsMatchedWithoutRegardToCase() {
    assertThat(people.byEmail("Dana@ACME.example")).contains("dana");
    assertThat(people.byEmail("dscully@users.noreply.github.com")).contains("dana");
    assertThat(people.byEmail("fox@acme.example")).isEmpty();
  }

  @Test
  void aNameIsTheKeyOrTheDisplayNameExactly() {
    assertThat(people.byName("dana")).contains("dana");
    assertThat(people.byName("Dana Scully")).contains("dana");
    assertThat(people.byName("dana scully")).isEmpty();
    assertThat(people.byName("Sam")).isEmpty();
  }

  @Test
  void theKeyDisplayNameAndEmailsAreOnePerson() {
    assertThat(people.canonical("Dana Scully")).isEqualTo("dana");
    assertThat(people.canonical("dana@acme.example")).isEqualTo("dana");
    assertThat(people.canonical("fox")).isEqualTo("fox");
    assertThat(people.same("Dana Scully", "dana")).isTrue();
    assertThat(people.same("dana@acme.example", "Dana Scully")).isTrue();
    assertThat(people.same("dana", "sam")).isFalse();
    assertThat(people.same("fox", "fox")).isTrue();
    assertThat(people.same(null, "dana")).isFalse();
  }

  @Test
  void withoutPeopleOnlyTheSameTextIsTheSamePerson() {
    assertThat(People.NONE.same("dana", "dana")).isTrue();
    assertThat(People.NONE.same("Dana Scully", "dana")).isFalse();
    assertThat(People.NONE.canonical("Dana Scully")).isEqualTo("Dana Scully");
  }
}
