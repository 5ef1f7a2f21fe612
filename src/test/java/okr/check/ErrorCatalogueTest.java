package okr.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every rule in the catalogue is pinned by a golden case, or by the unit test named here. */
class ErrorCatalogueTest {

  /** Rules about the file system, which a golden case (plain files) cannot set up. */
  private static final Map<String, String> PINNED_ELSEWHERE =
      Map.of(
          "file-too-large", "WorkspaceLoaderTest.aFileOverOneMebibyteIsRejectedBeforeReading",
          "unreadable", "WorkspaceLoaderTest.anUnreadableFileIsReportedAndTheRestIsRead",
          "symlink-outside", "WorkspaceLoaderTest.symlinksOutOfTheWorkspaceAreNotFollowed",
          "broken-symlink",
              "WorkspaceLoaderTest.symlinksInsideTheWorkspaceAreFollowedOnceAndLoopsEnd");

  @Test
  void everyRuleHasAGoldenCase() throws IOException {
    String all;
    try (Stream<Path> files = Files.walk(Path.of("src/test/resources/cli"))) {
      all =
          files
              .filter(p -> p.toString().endsWith(".test"))
              .map(ErrorCatalogueTest::read)
              .collect(Collectors.joining("\n"));
    }
    for (Rule rule : RuleCatalogue.all()) {
      if (PINNED_ELSEWHERE.containsKey(rule.id())) {
        continue;
      }
      assertThat(all)
          .as("a golden case shows %s", rule.id())
          .contains(rule.severity().label() + "[" + rule.id() + "]");
    }
  }

  /** Each quality rule: a bad fixture that draws it alone, a good one that draws nothing. */
  @Test
  void everyQualityRuleHasABadAndAGoodFixture() {
    Path dir = Path.of("src/test/resources/cli/check/quality");
    for (Rule rule : RuleCatalogue.all()) {
      if (!rule.configurable()) {
        continue;
      }
      String bad = read(dir.resolve(rule.id() + "-bad.test"));
      String good = read(dir.resolve(rule.id() + "-good.test"));
      String badOutput = bad.substring(bad.indexOf("--- stdout"));
      String drawn = rule.severity().label() + "[" + rule.id() + "]";
      assertThat(badOutput).as("%s-bad draws it", rule.id()).contains(drawn);
      assertThat(badOutput.replace(drawn, ""))
          .as("%s-bad draws nothing else", rule.id())
          .doesNotContain("hint[")
          .doesNotContain("warning[")
          .doesNotContain("error[");
      String goodOutput = good.substring(good.indexOf("--- stdout"));
      assertThat(goodOutput)
          .as("%s-good is clean", rule.id())
          .contains("0 errors, 0 warnings\n")
          .doesNotContain("hint[");
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
