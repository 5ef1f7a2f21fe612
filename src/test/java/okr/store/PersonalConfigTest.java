package okr.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonalConfigTest {

  @TempDir Path temp;

  @Test
  void theFileIsUnderAnAbsoluteXdgConfigHomeElseUnderHome() {
    assertThat(PersonalConfig.location(Map.of("XDG_CONFIG_HOME", "/x", "HOME", "/h")))
        .isEqualTo(Path.of("/x/okr/config.yaml"));
    assertThat(PersonalConfig.location(Map.of("XDG_CONFIG_HOME", "rel", "HOME", "/h")))
        .isEqualTo(Path.of("/h/.config/okr/config.yaml"));
    assertThat(PersonalConfig.location(Map.of())).as("never the real home of a test").isNull();
  }

  @Test
  void aMissingOrEmptyFileSaysNothingAndIsNoProblem() throws Exception {
    Map<String, String> env = Map.of("XDG_CONFIG_HOME", temp.toString());
    assertThat(PersonalConfig.read(env).me()).isNull();
    Files.createDirectories(temp.resolve("okr"));
    Files.writeString(temp.resolve("okr/config.yaml"), "# nothing yet\n");
    PersonalConfig.Result empty = PersonalConfig.read(env);
    assertThat(empty.me()).isNull();
    assertThat(empty.problems()).isEmpty();
    Files.writeString(temp.resolve("okr/config.yaml"), "me: \"Dana Scully\"\n");
    assertThat(PersonalConfig.read(env).me()).isEqualTo("Dana Scully");
  }

  @Test
  void anAliasOrAnEmptyNameIsAnErrorAtItsPlace() throws Exception {
    Map<String, String> env = Map.of("XDG_CONFIG_HOME", temp.toString());
    Files.createDirectories(temp.resolve("okr"));
    Files.writeString(temp.resolve("okr/config.yaml"), "me: \"\"\n");
    PersonalConfig.Result blank = PersonalConfig.read(env);
    assertThat(blank.me()).isNull();
    assertThat(blank.problems())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.rule()).isEqualTo("missing-key");
              assertThat(d.span().file()).isEqualTo(temp.resolve("okr/config.yaml"));
              assertThat(d.span().line()).isEqualTo(1);
            });
    Files.writeString(temp.resolve("okr/config.yaml"), "x: &a glen\nme: *a\n");
    assertThat(PersonalConfig.read(env).problems())
        .extracting(d -> d.rule())
        .contains("yaml-anchor");
  }
}
