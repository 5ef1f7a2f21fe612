package okr.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    Path mine = ws.resolve("checkins/2026-11/glen.yaml");
    Files.createDirectories(mine.getParent());
    // Hand-written: a comment, odd spacing, no final newline.
    byte[] old =
        "# my notes\n-   {at: 2026-11-01,    goal: g,  value: 1}   # first"
            .getBytes(StandardCharsets.UTF_8);
    Files.write(mine, old);
    JournalWriter.append(ws, List.of(note("glen", "second")));
    byte[] now = Files.readAllBytes(mine);
    assertThat(java.util.Arrays.copyOf(now, old.length)).isEqualTo(old);
    assertThat(new String(now, old.length, now.length - old.length, StandardCharsets.UTF_8))
        .startsWith("\n- {id: ")
        .endsWith("}\n")
        .hasLineCount(2);
    assertThat(readBack()).hasSize(2);
  }

  @Test
  void theOldMonthFileIsReadAndNeverWrittenAgain() throws Exception {
    Path month = ws.resolve("checkins/2026-11.yaml");
    Files.createDirectories(month.getParent());
    byte[] old =
        "- at: 2026-11-01\n  by: glen\n  goal: g\n  value: 1\n".getBytes(StandardCharsets.UTF_8);
    Files.write(month, old);
    List<Path> written = JournalWriter.append(ws, List.of(note("glen", "second")));
    assertThat(written).containsExactly(ws.resolve("checkins/2026-11/glen.yaml"));
    assertThat(month).hasBinaryContent(old);
    assertThat(readBack()).extracting(JournalEntry::value).containsExactly(1.0, 1.5);
  }

  @Test
  void entriesGoToTheMonthOfTheirTimeAndTheFileOfTheirPerson() throws Exception {
    List<Path> files =
        JournalWriter.append(
            ws,
            List.of(
                goal("2026-10-31T23:30:00+01:00", "Dana Scully", 1.0),
                goal("2026-11-01T00:10:00+01:00", "Dana Scully", 2.0),
                goal("2026-11-01T00:10:00+01:00", "sam", 3.0)));
    assertThat(files)
        .extracting(p -> ws.resolve("checkins").relativize(p).toString())
        .containsExactly(
            "2026-10/dana-scully.yaml", "2026-11/dana-scully.yaml", "2026-11/sam.yaml");
    assertThat(readBack()).extracting(JournalEntry::by).containsOnly("Dana Scully", "sam");
  }

  private static NewEntry goal(String at, String by, double value) {
    return new NewEntry(
        OffsetDateTime.parse(at), by, EntryKind.GOAL, "g", value, null, null, null, null, null);
  }

  @Test
  void aPersonsFileIsNamedSafelyWhateverTheirName() {
    assertThat(JournalWriter.personFile("Dana Scully")).isEqualTo("dana-scully");
    assertThat(JournalWriter.personFile("José Ñúñez")).isEqualTo("jose-nunez");
    assertThat(JournalWriter.personFile("dana@acme.example")).isEqualTo("dana-acme-example");
    assertThat(JournalWriter.personFile("../../etc/passwd")).isEqualTo("etc-passwd");
    assertThat(JournalWriter.personFile("日本")).isEqualTo("someone");
    assertThat(JournalWriter.personFile(null)).isEqualTo("someone");
    assertThat(JournalWriter.personFile("CON")).isEqualTo("con-person");
    assertThat(JournalWriter.personFile("lpt1")).isEqualTo("lpt1-person");
    assertThat(JournalWriter.personFile("x".repeat(300))).hasSize(40);
  }

  @Test
  void entriesOfTheSameSecondWithTheSameWordsStayDistinct() throws Exception {
    JournalWriter.append(ws, List.of(note("glen", "same"), note("glen", "same")));
    JournalWriter.append(ws, List.of(note("glen", "same")));
    JournalWriter.append(ws, List.of(note("ana", "same")));
    List<JournalEntry> back = readBack();
    assertThat(back).hasSize(4);
    assertThat(back).extracting(JournalEntry::id).doesNotHaveDuplicates();
    assertThat(back).extracting(JournalEntry::progress).containsOnly("same");
  }

  @Test
  void permissionsAreKeptAndSymlinksWrittenThrough() throws Exception {
    Path elsewhere = Files.createDirectories(ws.resolve(".elsewhere"));
    Path real = elsewhere.resolve("glen.yaml");
    Files.writeString(real, "- {at: 2026-11-01, goal: g, value: 1}\n");
    Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-rw----"));
    Path link = ws.resolve("checkins/2026-11/glen.yaml");
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

  /**
   * The loader reads nothing through a link that leaves the workspace; the writer must not write
   * through one either, or entries would land in another folder or repository (and be unseen).
   */
  @Test
  void nothingIsWrittenThroughALinkOutOfTheWorkspace(@TempDir Path outside) throws Exception {
    Path theirs = outside.resolve("glen.yaml");
    Files.writeString(theirs, "- {at: 2026-11-01, goal: g, value: 1}\n");
    Path link = ws.resolve("checkins/2026-11/glen.yaml");
    Files.createDirectories(link.getParent());
    Files.createSymbolicLink(link, theirs);

    assertThatThrownBy(() -> JournalWriter.append(ws, List.of(note("glen", "leaked"))))
        .isInstanceOf(WriteFailed.class)
        .hasMessageContaining("checkins/2026-11/glen.yaml")
        .hasMessageContaining("outside the workspace");

    assertThat(Files.readString(theirs)).isEqualTo("- {at: 2026-11-01, goal: g, value: 1}\n");
    try (Stream<Path> left = Files.list(outside)) {
      assertThat(left).containsExactly(theirs);
    }
    assertThat(ws.resolve("checkins/.gitattributes")).doesNotExist();
  }

  @Test
  void nothingIsWrittenIntoAJournalFolderLinkedOutOfTheWorkspace(@TempDir Path outside)
      throws Exception {
    Files.createSymbolicLink(ws.resolve("checkins"), outside);

    assertThatThrownBy(() -> JournalWriter.append(ws, List.of(note("glen", "leaked"))))
        .isInstanceOf(WriteFailed.class)
        .hasMessageContaining("outside the workspace");

    try (Stream<Path> left = Files.list(outside)) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void nothingIsWrittenThroughAnOkrFolderLinkedElsewhere(@TempDir Path outside) throws Exception {
    Files.createSymbolicLink(ws.resolve(".okr"), outside);

    assertThatThrownBy(() -> JournalWriter.append(ws, List.of(note("glen", "leaked"))))
        .isInstanceOf(java.io.IOException.class)
        .hasMessageContaining("symbolic link");

    try (Stream<Path> left = Files.list(outside)) {
      assertThat(left).isEmpty();
    }
    assertThat(ws.resolve("checkins")).doesNotExist();
  }

  @Test
  void theUnionRuleIsWrittenOnceAndAnExistingOneIsLeftAlone() throws Exception {
    JournalWriter.append(ws, List.of(note("glen", "first")));
    Path attributes = ws.resolve("checkins/.gitattributes");
    assertThat(Files.readString(attributes)).contains("*.yaml merge=union");
    Files.writeString(attributes, "# ours\n");
    JournalWriter.append(ws, List.of(note("glen", "second")));
    assertThat(Files.readString(attributes)).isEqualTo("# ours\n");
    assertThat(Files.readString(ws.resolve("checkins/2026-11/glen.yaml"))).hasLineCount(2);
    try (Stream<Path> files = Files.walk(ws.resolve("checkins"))) {
      assertThat(files)
          .extracting(p -> ws.resolve("checkins").relativize(p).toString())
          .containsExactlyInAnyOrder("", ".gitattributes", "2026-11", "2026-11/glen.yaml");
    }
  }

  /**
   * A month of 100,000 entries by one person (a large CSV import) is written in parts below the
   * part size, and every entry reads back.
   */
  @Test
  void aHundredThousandEntriesInOneMonthStayReadable() throws Exception {
    List<NewEntry> entries = new ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      entries.add(
          new NewEntry(
              AT.plusSeconds(i % 600),
              "glen",
              EntryKind.GOAL,
              "g",
              (double) i,
              null,
              i % 11,
              "entry " + i,
              null,
              null));
    }
    JournalWriter.append(ws, entries);
    JournalWriter.append(ws, List.of(note("glen", "one more")));
    try (Stream<Path> files = Files.list(ws.resolve("checkins/2026-11"))) {
      List<Path> parts = files.toList();
      assertThat(parts).hasSizeGreaterThan(1);
      for (Path part : parts) {
        assertThat(Files.size(part)).isLessThanOrEqualTo(JournalWriter.PART_BYTES);
      }
    }
    List<JournalEntry> back = readBack();
    assertThat(back).hasSize(100_001);
    assertThat(back).extracting(JournalEntry::id).doesNotHaveDuplicates();
  }

  @Test
  void aReadOnlyFolderFailsWithoutAPartialFile() throws Exception {
    Path month = Files.createDirectories(ws.resolve("checkins/2026-11"));
    Path mine = month.resolve("glen.yaml");
    Files.writeString(mine, "- {at: 2026-11-01, goal: g, value: 1}\n");
    month.toFile().setWritable(false);
    try {
      if (Files.isWritable(month)) {
        return; // root ignores permissions; the disk-full test covers failing writes
      }
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> JournalWriter.append(ws, List.of(note("glen", "x"))))
          .isInstanceOf(java.io.IOException.class);
      assertThat(Files.readString(mine)).doesNotContain("glen");
    } finally {
      month.toFile().setWritable(true);
    }
  }
}
