package okr.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import okr.cli.CliRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs built to break a YAML reader: each gets a clear diagnostic with its place, no stack trace,
 * no hang and no file changed.
 */
@Timeout(60)
class HostileInputTest {

  @TempDir Path ws;

  @BeforeEach
  void workspace() throws Exception {
    Files.writeString(ws.resolve("okr.yaml"), "name: Hostile\n");
  }

  private CliRunner.Result check(String name, byte[] content) throws Exception {
    Path file = ws.resolve(name);
    Files.createDirectories(file.getParent());
    Files.write(file, content);
    CliRunner.Result result = CliRunner.run(ws, "check", "--today", "2026-11-23");
    assertThat(result.err() + result.out()).doesNotContain("\tat ", "Exception");
    assertThat(Files.readAllBytes(file)).isEqualTo(content);
    return result;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void billionLaughsIsRejectedBeforeAnyExpansion() throws Exception {
    StringBuilder yaml =
        new StringBuilder(
            "kind: goal\nid: lol\ntitle: T\nnotes:\n  a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    char previous = 'a';
    for (char c = 'b'; c <= 'j'; c++) {
      yaml.append("  ").append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) {
        yaml.append(i == 0 ? "" : ",").append('*').append(previous);
      }
      yaml.append("]\n");
      previous = c;
    }
    CliRunner.Result result = check("goals/lol.yaml", utf8(yaml.toString()));
    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.out())
        .contains("error[yaml-anchor]", "error[yaml-alias]")
        .doesNotContain("lollol");
  }

  @Test
  void tenThousandLevelsOfNestingStopAtSixtyFour() throws Exception {
    CliRunner.Result flow =
        check(
            "goals/flow.yaml",
            utf8("kind: goal\nnotes: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n"));
    assertThat(flow.out()).contains("error[nesting-too-deep]");
    StringBuilder block = new StringBuilder("kind: goal\n");
    for (int i = 0; i < 2_000; i++) {
      block.append(" ".repeat(i)).append("k").append(i).append(":\n");
    }
    CliRunner.Result blocks = check("goals/block.yaml", utf8(block.toString()));
    assertThat(blocks.out()).contains("error[nesting-too-deep]");
  }

  @Test
  void aHundredMegabyteFileIsRejectedBySizeWithoutReading() throws Exception {
    Path big = ws.resolve("goals/big.yaml");
    Files.createDirectories(big.getParent());
    try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
      file.setLength(100L * 1024 * 1024); // sparse: nothing is written, nothing need be read
    }
    CliRunner.Result result = CliRunner.run(ws, "check");
    assertThat(result.out())
        .contains("goals/big.yaml: error[file-too-large]: the file is 104,857,600 bytes");
  }

  @Test
  void aHundredThousandKeysAndAOneMegabyteLineAreReportedNotFatal() throws Exception {
    // Keys in base 36 keep 100,000 of them under the 1 MiB limit, so the parser really meets
    // every one of them (over the limit, the file would be refused by its size unread).
    StringBuilder keys = new StringBuilder("kind: goal\nid: many\ntitle: T\nnotes:\n");
    for (int i = 0; i < 100_000; i++) {
      keys.append(' ').append(Integer.toString(i, 36)).append(": 1\n");
    }
    byte[] manyKeys = utf8(keys.toString());
    assertThat(manyKeys.length).as("under the 1 MiB limit").isLessThan(1024 * 1024);
    CliRunner.Result result = check("goals/keys.yaml", manyKeys);
    assertThat(result.out()).doesNotContain("file-too-large");
    assertThat(result.out().split("error\\[", -1)).as(result.out()).hasSize(2);
    assertThat(result.out())
        .contains("goals/keys.yaml:5:2: error[wrong-type]: `notes` must be text, but is a mapping")
        .contains("checked 2 files: 1 error");
    assertThat(result.exit()).isEqualTo(1);
    Files.delete(ws.resolve("goals/keys.yaml"));
    CliRunner.Result line =
        check(
            "goals/line.yaml",
            utf8("kind: goal\nid: line\ntitle: T\nnotes: \"" + "x".repeat(1_000_000) + "\"\n"));
    assertThat(line.out()).contains("0 errors");
  }

  @Test
  void numbersInEveryOtherNotationAreErrors() throws Exception {
    for (String number :
        List.of("1e999", "0x1F", "012", "1_000", "+.inf", "-.inf", ".nan", "0o17", "0b101")) {
      CliRunner.Result result =
          check(
              "goals/n.yaml",
              utf8(
                  "kind: goal\nid: n\ntitle: T\nmeasure: {baseline: 0, target: " + number + "}\n"));
      assertThat(result.out()).as(number).contains("error[invalid-number]");
    }
  }

  @Test
  void encodingsAreNamedOrReadRight() throws Exception {
    String goal = "kind: goal\nid: e\ntitle: Caf\u00e9\n";
    assertThat(check("goals/e.yaml", goal.getBytes(StandardCharsets.UTF_16BE)).out())
        .contains("error[");
    assertThat(
            check(
                    "goals/e.yaml",
                    concat(
                        new byte[] {(byte) 0xFE, (byte) 0xFF},
                        goal.getBytes(StandardCharsets.UTF_16BE)))
                .out())
        .contains("UTF-16");
    assertThat(check("goals/e.yaml", goal.getBytes(StandardCharsets.ISO_8859_1)).out())
        .contains("3:11: error[encoding]");
    assertThat(check("goals/e.yaml", utf8("kind: goal\nid: e\ntitle: T\u0000\n")).out())
        .contains("error[encoding]");
    assertThat(check("goals/e.yaml", utf8(goal.replace("\n", "\r\n"))).out()).contains("0 errors");
    assertThat(check("goals/e.yaml", utf8(goal.replace("\n", "\r"))).out()).contains("0 errors");
    assertThat(check("goals/e.yaml", utf8("kind: goal\nid: e\ntitle: T")).out())
        .contains("0 errors");
    assertThat(check("goals/e.yaml", utf8("kind: goal\n\tid: e\n")).out())
        .contains("error[yaml-syntax]");
    assertThat(check("goals/e.yaml", new byte[0]).out()).contains("error[empty-file]");
    assertThat(check("goals/e.yaml", utf8("# only\n# comments\n")).out())
        .contains("error[empty-file]");
  }

  @Test
  void windowsDeviceNamesAndPathsAreNotIds() throws Exception {
    for (String id : List.of("../../etc/passwd", "CON", "a/b", ".hidden", "-dash")) {
      CliRunner.Result result =
          check("goals/id.yaml", utf8("kind: goal\nid: \"" + id + "\"\ntitle: T\n"));
      assertThat(result.out()).as(id).contains("error[invalid-id]");
    }
    // A writer refuses a workspace with errors before it reads its flags: start clean.
    java.nio.file.Files.delete(ws.resolve("goals/id.yaml"));
    CliRunner.Result reserved = CliRunner.run(ws, "new", "goal", "--title", "T", "--id", "con");
    assertThat(reserved.exit()).isEqualTo(2);
    assertThat(reserved.err()).contains("reserved");
    assertThat(ws.resolve("goals/con.yaml")).doesNotExist();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
