package okr.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every rule okr can report is documented, with its severity, in docs/check.md. */
class RuleDocsTest {

  @Test
  void everyRuleIsDocumented() throws Exception {
    String docs = Files.readString(Path.of("docs/check.md"));
    for (Rule rule : RuleCatalogue.all()) {
      assertThat(docs)
          .as("docs/check.md documents %s", rule.id())
          .contains("| `" + rule.id() + "` | " + rule.severity().label() + " |");
    }
  }
}
