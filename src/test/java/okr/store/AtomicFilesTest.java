package okr.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several files written together change all together or not at all. */
class AtomicFilesTest {

  @TempDir Path ws;

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private long temporaryFiles() throws Exception {
    try (Stream<Path> walk = Files.walk(ws)) {
      return walk.filter(p -> p.getFileName().toString().endsWith(".tmp")).count();
    }
  }

  @Test
  void aRefusedFileStopsTheWholeWriteBeforeAnyFileChanged() throws Exception {
    Path first = ws.resolve("goals/a.yaml");
    Files.createDirectories(first.getParent());
    Files.writeString(first, "old a\n");
    // A folder that cannot be made, because a file has its name: refused even for root.
    Files.writeString(ws.resolve("blocked"), "a file, not a folder\n");
    Path second = ws.resolve("blocked/b.yaml");
    Map<Path, byte[]> contents = new LinkedHashMap<>();
    contents.put(first, utf8("new a\n"));
    contents.put(second, utf8("new b\n"));

    WriteFailed failure =
        catchThrowableOfType(() -> AtomicFiles.replaceAll(contents), WriteFailed.class);

    assertThat(failure.file()).isEqualTo(second);
    assertThat(Files.readString(first)).isEqualTo("old a\n");
    assertThat(temporaryFiles()).isZero();
  }

  @Test
  void everyFileIsWrittenWhenNoneIsRefused() throws Exception {
    Map<Path, byte[]> contents = new LinkedHashMap<>();
    contents.put(ws.resolve("checkins/2026-09.yaml"), utf8("- september\n"));
    contents.put(ws.resolve("checkins/2026-10.yaml"), utf8("- october\n"));

    AtomicFiles.replaceAll(contents);

    assertThat(Files.readString(ws.resolve("checkins/2026-09.yaml"))).isEqualTo("- september\n");
    assertThat(Files.readString(ws.resolve("checkins/2026-10.yaml"))).isEqualTo("- october\n");
    assertThat(temporaryFiles()).isZero();
  }
}
