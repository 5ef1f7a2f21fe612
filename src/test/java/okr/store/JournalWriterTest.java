package okr.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import okr.model.EntryKind;
import okr.model.JournalEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class JournalWriterTest {

  private static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-20T18:02:00+01:00");

  @TempDir Path ws;

  @BeforeEach
  void workspace() throws Exception {
    Files.writeString(ws.resolve("okr.yaml"), "name: Test\n");
    Files.writeString(ws.resolve("g.yaml"), "kind: goal\nid: g\ntitle: G\n");
  }

  private static NewEntry note(String by, String text) {
    return new NewEntry(AT, by, EntryKind.GOAL, "g", 1.5, null, 7, text, text, text);
  }

  private List<JournalEntry> readBack() {
    LoadResult loaded = WorkspaceLoader.load(ws);
    assertThat(loaded.problems()).isEmpty();
    return loaded.workspace().journal();
  }

  static Stream<String> awkwardTexts() {
    return Stream.of(
        "Sella: 4,000 m # at last",
        "\"quoted\" and 'single'",
        "- starts like a list item",
        "NO",
        "on",
        "012",
        "0x1F",
        "1_000",
        ".inf",
        "null",
        "~",
        "{not: a map}",
        "[not, a, list]",
        "&anchor *alias !tag",
        "| block > folded",
        "two\nlines",
        "windows\r\nline",
        "tab\there",
        "  leading and trailing spaces  ",
        "back\\slash \\n not a newline",
        "Café, 日本語, emoji 😀",
        "\u001B[2J escape",
        "bidi \u202E override",
        "NEL\u0085LS\u2028PS\u2029",
        "\uFEFFbom",
        "nul\u0000byte",
        "%YAML 1.1",
        "---",
        "...",
        "@at `backtick`",
        "");
  }

  @ParameterizedTest
  @MethodSource("awkwardTexts")
  void anyTextReadsBackIdentically(String text) throws Exception {
    JournalWriter.append(ws, List.of(note(text.isEmpty() ? "x" : text, text)));
    JournalEntry entry = readBack().get(0);
    assertThat(entry.by()).isEqualTo(text.isEmpty() ? "x" : text);
    if (text.isEmpty()) {
      assertThat(entry.progress()).isNull();
    } else {
      assertThat(entry.progress()).isEqualTo(text);
      assertThat(entry.plans()).isEqualTo(text);
      assertThat(entry.problems()).isEqualTo(text);
    }
    assertThat(entry.value()).isEqualTo(1.5);
    assertThat(entry.confidence()).isEqualTo(7);
    assertThat(entry.at()).isEqualTo(AT);
  }

  /** Random text from an alphabet of the characters that break naive YAML writers. */
  @Test
  void randomAwkwardTextRoundTrips() throws Exception {
    String alphabet =
        ":#\"'-\\ \t\n\r{}[]&*!|>%@`,?ab01NOyes.~\u00e9\u65e5\u0007\u001b\u0085\u2028\u202e\ufeff";
    int[] extra = {0x1F600, 0x10FFFF - 2};
    Random random = new Random(20261123);
    List<String> texts = new ArrayList<>();
    List<NewEntry> entries = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      StringBuilder text = new StringBuilder();
      int length = 1 + random.nextInt(24);
      for (int j = 0; j < length; j++) {
        if (random.nextInt(20) == 0) {
          text.appendCodePoint(extra[random.nextInt(extra.length)]);
        } else {
          text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
      }
      texts.add(text.toString());
      entries.add(
          new NewEntry(
              AT.plusSeconds(i),
              text.toString(),
              EntryKind.GOAL,
              "g",
              (double) i,
              null,
              null,
              text.toString(),
              null,
              null));
    }
    JournalWriter.append(ws, entries);
    List<JournalEntry> back = readBack();
    assertThat(back).hasSize(500);
    for (int i = 0; i < 500; i++) {
      assertThat(back.get(i).progress()).as("entry %d", i).isEqualTo(texts.get(i));
      assertThat(back.get(i).by()).as("by of entry %d", i).isEqualTo(texts.get(i));
    }
  }

  @Test
  void existingBytesStayExactlyAsTheyWere() throws Exception {
    Path month = ws.resolve("checkins/2026-11.yaml");
    Files.createDirectories(month.getParent());
    // Hand-written: a comment, odd spacing, no final newline.
    byte[] old =
        "# my notes\n-   at: 2026-11-01\n    goal: g   # first\n    value: 1"
            .getBytes(StandardCharsets.UTF_8);
    Files.write(month, old);
    JournalWriter.append(ws, List.of(note("glen", "second")));
    byte[] now = Files.readAllBytes(month);
    assertThat(java.util.Arrays.copyOf(now, old.length)).isEqualTo(old);
    assertThat(new String(now, old.length, now.length - old.length, StandardCharsets.UTF_8))
        .startsWith("\n- at: ");
    assertThat(readBack()).hasSize(2);
  }

  @Test
  void entriesGoToTheMonthOfTheirTime() throws Exception {
    List<Path> files =
        JournalWriter.append(
            ws,
            List.of(
                new NewEntry(
                    OffsetDateTime.parse("2026-10-31T23:30:00+01:00"),
                    "a",
                    EntryKind.GOAL,
                    "g",
                    1.0,
                    null,
                    null,
                    null,
                    null,
                    null),
                new NewEntry(
                    OffsetDateTime.parse("2026-11-01T00:10:00+01:00"),
                    "a",
                    EntryKind.GOAL,
                    "g",
                    2.0,
                    null,
                    null,
                    null,
                    null,
                    null)));
    assertThat(files)
        .extracting(p -> p.getFileName().toString())
        .containsExactly("2026-10.yaml", "2026-11.yaml");
    assertThat(readBack()).hasSize(2);
  }

  @Test
  void permissionsAreKeptAndSymlinksWrittenThrough(@TempDir Path elsewhere) throws Exception {
    Path real = elsewhere.resolve("2026-11.yaml");
    Files.writeString(real, "- at: 2026-11-01\n  goal: g\n  value: 1\n");
    Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-rw----"));
    Path link = ws.resolve("checkins/2026-11.yaml");
    Files.createDirectories(link.getParent());
    Files.createSymbolicLink(link, real);

    JournalWriter.append(ws, List.of(note("glen", "through the link")));

    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real)).contains("through the link");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(real)))
        .isEqualTo("rw-rw----");
    try (Stream<Path> left = Files.list(elsewhere)) {
      assertThat(left).as("no temporary file left behind").hasSize(1);
    }
  }

  @Test
  void aNewMonthFileGetsAHeaderAndNoTemporaryFileRemains() throws Exception {
    JournalWriter.append(ws, List.of(note("glen", "first")));
    String text = Files.readString(ws.resolve("checkins/2026-11.yaml"));
    assertThat(text).startsWith("# okr journal for 2026-11");
    try (Stream<Path> files = Files.list(ws.resolve("checkins"))) {
      assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("2026-11.yaml");
    }
  }

  @Test
  void aReadOnlyFolderFailsWithoutAPartialFile() throws Exception {
    Path checkins = Files.createDirectories(ws.resolve("checkins"));
    Path month = checkins.resolve("2026-11.yaml");
    Files.writeString(month, "- at: 2026-11-01\n  goal: g\n  value: 1\n");
    checkins.toFile().setWritable(false);
    try {
      if (Files.isWritable(checkins)) {
        return; // root ignores permissions; the disk-full test covers failing writes
      }
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> JournalWriter.append(ws, List.of(note("glen", "x"))))
          .isInstanceOf(java.io.IOException.class);
      assertThat(Files.readString(month)).doesNotContain("glen");
    } finally {
      checkins.toFile().setWritable(true);
    }
  }
}
