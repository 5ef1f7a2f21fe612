package okr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A class of okr that does not load (a damaged class-data archive, a damaged installation) ends okr
 * in one line, never with a trace; under the launcher it ends as a JVM crash does, so that the
 * launcher removes the archive (DistributionIT covers the launcher's side).
 */
class BrokenClassesTest {

  @TempDir Path tmp;

  private record Ended(int exit, String out, String err) {}

  /** okr on a copy of its classes that lacks the class every command line loads first. */
  private Ended runWithoutFastStart(String... jvmOptions) throws Exception {
    Path classes = tmp.resolve("classes");
    TestFiles.copyTree(Path.of("target/classes"), classes);
    Files.delete(classes.resolve("okr/cli/FastStart.class"));
    String others =
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(entry -> !Path.of(entry).toAbsolutePath().endsWith("target/classes"))
            .collect(Collectors.joining(File.pathSeparator));
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(jvmOptions));
    command.addAll(
        List.of(
            "-cp",
            classes + File.pathSeparator + others,
            "okr.Main",
            "status",
            "-C",
            "examples/acme"));
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(tmp.resolve("out").toFile())
            .redirectError(tmp.resolve("err").toFile())
            .start();
    int exit = process.waitFor();
    return new Ended(
        exit,
        Files.readString(tmp.resolve("out"), StandardCharsets.UTF_8),
        Files.readString(tmp.resolve("err"), StandardCharsets.UTF_8));
  }

  @Test
  void aClassThatDoesNotLoadIsOneLineAndExitThree() throws Exception {
    Ended ended = runWithoutFastStart();

    assertThat(ended.exit()).isEqualTo(3);
    assertThat(ended.out()).isEmpty();
    assertThat(ended.err().lines())
        .containsExactly(
            "okr: internal error: a class of okr could not be loaded (NoClassDefFoundError);"
                + " the installation may be damaged: reinstall okr");
  }

  @Test
  void anArchiveInUseIsRemovedAndSaidSo() throws Exception {
    Path archive = Files.writeString(tmp.resolve("okr-views.jsa"), "damaged");
    Path stamp = Files.writeString(tmp.resolve("okr-views.jsa.ok"), "");

    Ended ended = runWithoutFastStart("-Dokr.archive=" + archive);

    assertThat(ended.exit()).isEqualTo(3);
    assertThat(ended.out()).isEmpty();
    assertThat(ended.err().lines())
        .containsExactly(
            "okr: internal error: a class of okr could not be loaded (NoClassDefFoundError);"
                + " its class-data archive may be damaged and was removed ("
                + archive
                + "); run the command again");
    assertThat(archive).doesNotExist();
    assertThat(stamp).doesNotExist();
  }

  @Test
  void anArchiveThatCannotBeRemovedIsNamedAsOneWordToPaste() throws Exception {
    // A folder where the archive should be cannot be removed as a file, as a read-only cache's
    // archive cannot; its name has a space, a quote and an escape sequence.
    Path archive = tmp.resolve("my cache").resolve("okr-it's\u001b[31m.jsa");
    Files.createDirectories(archive.resolve("inside"));

    Ended ended = runWithoutFastStart("-Dokr.archive=" + archive);

    assertThat(ended.exit()).isEqualTo(3);
    assertThat(ended.err().lines())
        .containsExactly(
            "okr: internal error: a class of okr could not be loaded (NoClassDefFoundError);"
                + " its class-data archive may be damaged: remove '"
                + tmp
                + "/my cache/okr-it'\\''s?[31m.jsa', or set OKR_NO_ARCHIVE=1");
    assertThat(archive).exists();
  }

  @Test
  void aPlainArchivePathIsNotQuoted() {
    assertThat(Main.asShellWord("/home/ana/.cache/okr/okr-17-a1-b2-views.jsa"))
        .isEqualTo("/home/ana/.cache/okr/okr-17-a1-b2-views.jsa");
    assertThat(Main.asShellWord("/tmp/a b")).isEqualTo("'/tmp/a b'");
    assertThat(Main.asShellWord("/tmp/$HOME\u202e")).isEqualTo("'/tmp/$HOME?'");
  }
}
