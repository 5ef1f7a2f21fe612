package okr.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeownersFileTest {

  private static final String BLOCK =
      CodeownersFile.BEGIN + "\n/goals/a.yaml @dana\n" + CodeownersFile.END + "\n";

  @TempDir Path top;

  @Test
  void aFileWithoutTheBlockKeepsEveryLineAndGetsItAtTheEnd() {
    assertThat(CodeownersFile.merged("* @admins", BLOCK)).isEqualTo("* @admins\n\n" + BLOCK);
    assertThat(CodeownersFile.merged("", BLOCK)).isEqualTo(BLOCK);
  }

  @Test
  void onlyTheBlockIsReplacedAndALineThatMerelyMentionsTheMarkerIsKept() {
    String existing =
        "# see "
            + CodeownersFile.BEGIN
            + "\n"
            + CodeownersFile.BEGIN
            + "\nold\n"
            + CodeownersFile.END
            + "\n* @x\n";
    assertThat(CodeownersFile.merged(existing, BLOCK))
        .isEqualTo("# see " + CodeownersFile.BEGIN + "\n" + BLOCK + "* @x\n");
  }

  @Test
  void theFirstFileGithubReadsIsTheOneWrittenAndNoTemporaryFileStays() throws IOException {
    Files.writeString(top.resolve("CODEOWNERS"), "* @admins\n");
    Path file = CodeownersFile.locate(top);
    assertThat(file).isEqualTo(top.resolve("CODEOWNERS"));

    assertThat(CodeownersFile.write(file, BLOCK)).isTrue();
    assertThat(CodeownersFile.write(file, BLOCK)).as("a second run changes nothing").isFalse();

    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("* @admins\n\n" + BLOCK);
    try (var files = Files.list(top)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("CODEOWNERS");
    }
    Path empty = Files.createTempDirectory(top, "empty");
    assertThat(CodeownersFile.locate(empty)).isEqualTo(empty.resolve(".github/CODEOWNERS"));
  }
}
