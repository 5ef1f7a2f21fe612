package okr.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import okr.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The cache of parsed files is never trusted over the files: each test changes the workspace or the
 * cache the way that is most likely to slip past it and checks that what is read is what the files
 * say now, and (so that no test passes by never using the cache) that unchanged files do come from
 * it.
 */
class WorkspaceCacheTest {

  private static final String BUILD = "test build";
  private static final String OLD_TITLE = "title: Net promoter score";
  private static final String NEW_TITLE = "title: Net promoter SCORE";
  private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));

  @TempDir Path tmp;
  Path ws;
  Path workspaces;
  Path nps;

  @BeforeEach
  void workspace() throws IOException {
    ws = tmp.resolve("ws");
    TestFiles.copyTree(Path.of("examples/acme"), ws);
    workspaces = tmp.resolve("cache/okr/workspaces");
    nps = ws.resolve("kpis/nps.yaml");
    // Every file written long before any cache, so none is racily clean unless a test says so.
    try (Stream<Path> files = Files.walk(ws)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.setLastModifiedTime(file, LONG_AGO);
      }
    }
    settle();
  }

  /**
   * Waits until the file system's clock has moved past the last change to the workspace, as it has
   * in use between editing a file and running okr: a file changed in the same tick as the cache's
   * reading began is racily clean and read every time, which would hide whether the cache is used
   * at all.
   */
  private void settle() throws IOException {
    long newest = 0;
    try (Stream<Path> files = Files.walk(ws)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        newest = Math.max(newest, FileIdentity.of(file).changed());
      }
    }
    Path probe = tmp.resolve("probe");
    do {
      Files.deleteIfExists(probe);
      Files.createFile(probe);
      Thread.onSpinWait();
    } while (FileIdentity.of(probe).modified() <= newest);
    Files.delete(probe);
  }

  private LoadResult load(WorkspaceCache cache) {
    return WorkspaceLoader.load(new WorkspaceLocator.Location(ws, "-C", false), cache);
  }

  private WorkspaceCache cache() {
    return WorkspaceCache.at(workspaces, ws, BUILD);
  }

  private Path cacheFile() throws IOException {
    try (Stream<Path> dirs = Files.list(workspaces)) {
      return dirs.findFirst().orElseThrow().resolve(WorkspaceCache.FILE);
    }
  }

  private static String npsTitle(LoadResult result) {
    return result.workspace().kpi("nps").orElseThrow().header().title();
  }

  /** Rewrites nps.yaml in place, the same size, and puts its old modification time back. */
  private void editKeepingSizeAndTime() throws IOException {
    FileTime time = Files.getLastModifiedTime(nps);
    String text = Files.readString(nps, StandardCharsets.UTF_8);
    Files.writeString(nps, text.replace(OLD_TITLE, NEW_TITLE), StandardCharsets.UTF_8);
    Files.setLastModifiedTime(nps, time);
  }

  @Test
  void aWarmReadTakesEveryFileFromTheCacheAndReadsTheSame() {
    WorkspaceCache first = cache();
    LoadResult cold = load(first);
    assertThat(first.hits()).isZero();

    WorkspaceCache second = cache();
    LoadResult warm = load(second);

    assertThat(second.hits()).isEqualTo(cold.fileCount()).isEqualTo(11);
    assertThat(warm.workspace()).usingRecursiveComparison().isEqualTo(cold.workspace());
    assertThat(warm.problems()).isEqualTo(cold.problems());
    assertThat(warm.files()).isEqualTo(cold.files());
    assertThat(warm.line(nps, 2)).contains("id: nps");
  }

  @Test
  void anEditThatKeepsSizeAndModificationTimeIsSeen() throws IOException {
    load(cache());
    editKeepingSizeAndTime();

    WorkspaceCache again = cache();
    LoadResult result = load(again);

    assertThat(npsTitle(result)).isEqualTo("Net promoter SCORE");
    // the status-change time gave it away; the other ten files still came from the cache
    assertThat(again.hits()).isEqualTo(10);
  }

  /**
   * Each field of the identity on its own: with every other field as recorded, the one that differs
   * makes the file be read again. The identities are the real ones, with one field of nps.yaml's
   * changed; with none changed, the stale title proves the cache was used.
   */
  @ParameterizedTest
  @ValueSource(strings = {"none", "size", "modified", "inode", "changed"})
  void anyDifferenceInAnyFieldMakesTheFileBeReadAgain(String field) throws IOException {
    // Goal files are read in parallel: the record of what was read must take concurrent writes.
    Map<Path, FileIdentity> recorded = new ConcurrentHashMap<>();
    WorkspaceCache.Identities remember =
        file -> recorded.computeIfAbsent(file, f -> uncheckedIdentity(f));
    load(WorkspaceCache.at(workspaces, ws, BUILD, remember));
    editKeepingSizeAndTime();
    UnaryOperator<FileIdentity> change =
        id ->
            switch (field) {
              case "size" ->
                  new FileIdentity(id.size() + 1, id.modified(), id.inode(), id.changed());
              case "modified" ->
                  new FileIdentity(id.size(), id.modified() + 1, id.inode(), id.changed());
              case "inode" ->
                  new FileIdentity(id.size(), id.modified(), id.inode() + 1, id.changed());
              case "changed" ->
                  new FileIdentity(id.size(), id.modified(), id.inode(), id.changed() + 1);
              default -> id;
            };
    WorkspaceCache again =
        WorkspaceCache.at(
            workspaces,
            ws,
            BUILD,
            file -> file.equals(nps) ? change.apply(recorded.get(file)) : recorded.get(file));

    LoadResult result = load(again);

    assertThat(npsTitle(result))
        .isEqualTo(field.equals("none") ? "Net promoter score" : "Net promoter SCORE");
    assertThat(again.hits()).isEqualTo(field.equals("none") ? 11 : 10);
  }

  private static FileIdentity uncheckedIdentity(Path file) {
    try {
      return FileIdentity.of(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Git's racy case on a file system with no status-change time or inode (FAT, some network file
   * systems): a file whose modification time is not older than the moment the cache began reading
   * could change again within that tick with everything recorded still the same, so it is read
   * every time. A time in the future stands for "the same tick" here.
   */
  @Test
  void aFileModifiedNoEarlierThanTheCacheIsReadAgainEvenWhenNothingDiffers() throws IOException {
    FileTime future = FileTime.from(Instant.parse("2100-01-01T00:00:00Z"));
    Files.setLastModifiedTime(nps, future);
    WorkspaceCache.Identities sizeAndTimeOnly =
        file -> {
          FileIdentity id = FileIdentity.of(file);
          return new FileIdentity(id.size(), id.modified(), 0, 0);
        };
    load(WorkspaceCache.at(workspaces, ws, BUILD, sizeAndTimeOnly));
    editKeepingSizeAndTime();
    assertThat(Files.getLastModifiedTime(nps)).isEqualTo(future);

    WorkspaceCache again = WorkspaceCache.at(workspaces, ws, BUILD, sizeAndTimeOnly);
    LoadResult result = load(again);

    assertThat(npsTitle(result)).isEqualTo("Net promoter SCORE");
    assertThat(again.hits()).isEqualTo(10);
  }

  @Test
  void filesAddedAndRemovedAreNoticed() throws IOException {
    load(cache());
    Files.copy(nps, ws.resolve("kpis/nps-copy.yaml"));
    Files.writeString(
        ws.resolve("kpis/nps-copy.yaml"),
        Files.readString(nps, StandardCharsets.UTF_8).replace("id: nps", "id: nps2"),
        StandardCharsets.UTF_8);
    Files.delete(ws.resolve("kpis/churn.yaml"));
    settle();

    WorkspaceCache again = cache();
    LoadResult result = load(again);

    assertThat(result.workspace().kpi("nps2")).isPresent();
    assertThat(result.workspace().kpi("churn")).isEmpty();
    assertThat(again.hits()).isEqualTo(10);

    // and the cache now holds exactly what is there
    WorkspaceCache third = cache();
    assertThat(load(third).fileCount()).isEqualTo(11);
    assertThat(third.hits()).isEqualTo(11);
  }

  @Test
  void aFileWithAParseDiagnosticIsNeverKeptAndReadsTheSameEachTime() throws IOException {
    Files.writeString(
        ws.resolve("kpis/broken.yaml"),
        "kind: kpi\nid: broken\nid: again\n",
        StandardCharsets.UTF_8);
    LoadResult cold = load(cache());
    WorkspaceCache again = cache();
    LoadResult warm = load(again);

    assertThat(cold.problems()).anyMatch(d -> d.rule().equals("duplicate-key"));
    assertThat(warm.problems()).isEqualTo(cold.problems());
    assertThat(warm.line(ws.resolve("kpis/broken.yaml"), 3)).contains("id: again");
    assertThat(again.hits()).isEqualTo(11);
  }

  @ParameterizedTest
  @ValueSource(strings = {"truncated", "flipped", "empty", "garbage", "other build", "format"})
  void aDamagedOrForeignCacheIsIgnoredAndRewritten(String damage) throws IOException {
    load(cache());
    Path file = cacheFile();
    byte[] bytes = Files.readAllBytes(file);
    switch (damage) {
      case "truncated" -> bytes = java.util.Arrays.copyOf(bytes, bytes.length / 2);
      case "flipped" -> bytes[bytes.length / 2] ^= 0x10;
      case "empty" -> bytes = new byte[0];
      case "garbage" ->
          bytes = "not a cache at all, but long enough".getBytes(StandardCharsets.UTF_8);
      case "format" -> {
        bytes[8 + 3]++; // the format number, after the magic; the checksum made right again
        rechecksum(bytes);
      }
      default -> {}
    }
    Files.write(file, bytes);
    if (damage.equals("truncated") || damage.equals("flipped")) {
      editKeepingSizeAndTime(); // a damaged cache must not hide a change either
      settle();
    }

    String build = damage.equals("other build") ? "another build" : BUILD;
    WorkspaceCache again = WorkspaceCache.at(workspaces, ws, build);
    LoadResult result = load(again);

    assertThat(again.hits()).isZero();
    assertThat(result.problems()).isEmpty();
    assertThat(npsTitle(result))
        .isEqualTo(
            damage.equals("truncated") || damage.equals("flipped")
                ? "Net promoter SCORE"
                : "Net promoter score");
    WorkspaceCache rewritten = WorkspaceCache.at(workspaces, ws, build);
    load(rewritten);
    assertThat(rewritten.hits()).isEqualTo(11);
  }

  private static void rechecksum(byte[] bytes) {
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, bytes.length - 8);
    java.nio.ByteBuffer.wrap(bytes).putLong(bytes.length - 8, crc.getValue());
  }

  /**
   * Two okr runs at once, each in its own JVM, each changing a file's time before every read so
   * that every read rewrites the cache: every read is whole and right, and the cache they leave
   * reads whole, with no temporary file left behind.
   */
  @Test
  void concurrentRunsInTwoJvmsRaceSafely() throws Exception {
    List<Process> runs = new java.util.ArrayList<>();
    for (String file : List.of("kpis/nps.yaml", "kpis/churn.yaml")) {
      runs.add(
          new ProcessBuilder(
                  okr.ChildJvm.command(
                      LoadLoop.class, ws.toString(), workspaces.toString(), file, "25"))
              .redirectErrorStream(true)
              .start());
    }
    for (Process run : runs) {
      String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(run.waitFor()).as(output).isZero();
      assertThat(output).contains("25 reads");
    }
    settle();
    WorkspaceCache after = cache();
    LoadResult result = load(after);
    assertThat(result.problems()).isEmpty();
    assertThat(after.hits()).isPositive();
    try (Stream<Path> files = Files.list(cacheFile().getParent())) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("parsed");
    }
  }

  /** One of the racing runs: {@code WS CACHE FILE N}. */
  static final class LoadLoop {
    public static void main(String[] args) throws IOException {
      Path ws = Path.of(args[0]);
      Path file = ws.resolve(args[2]);
      int runs = Integer.parseInt(args[3]);
      for (int i = 0; i < runs; i++) {
        Files.setLastModifiedTime(file, FileTime.fromMillis(LONG_AGO.toMillis() + i * 1000L));
        LoadResult result =
            WorkspaceLoader.load(
                new WorkspaceLocator.Location(ws, "-C", false),
                WorkspaceCache.at(Path.of(args[1]), ws, BUILD));
        if (!result.problems().isEmpty()
            || result.fileCount() != 11
            || !npsTitle(result).equals("Net promoter score")) {
          System.out.println("read wrong: " + result.problems());
          System.exit(1);
        }
      }
      System.out.println(runs + " reads");
    }
  }

  @Test
  void aCacheFolderThatCannotBeWrittenIsSkippedSilently() throws IOException {
    // A file where the folder should be: nothing can be made below it, even by root.
    Files.createDirectories(workspaces.getParent());
    Files.writeString(workspaces, "in the way", StandardCharsets.UTF_8);
    WorkspaceCache cache = cache();

    LoadResult result = load(cache);

    assertThat(result.problems()).isEmpty();
    assertThat(result.fileCount()).isEqualTo(11);
    WorkspaceCache again = cache();
    load(again);
    assertThat(again.hits()).isZero();
    assertThat(Files.readString(workspaces, StandardCharsets.UTF_8)).isEqualTo("in the way");
  }

  @Test
  void offReadsEveryFileAndWritesNothing() {
    LoadResult result =
        WorkspaceLoader.load(
            new WorkspaceLocator.Location(ws, "-C", false),
            WorkspaceCache.forUser(
                ws, Map.of(WorkspaceCache.OFF_VARIABLE, "1", "XDG_CACHE_HOME", tmp.toString())));
    assertThat(result.fileCount()).isEqualTo(11);
    assertThat(tmp.resolve("okr")).doesNotExist();
  }

  @Test
  void theCacheLivesInTheUsersCacheFolderNotInTheWorkspace() throws IOException {
    Map<String, String> env = Map.of("XDG_CACHE_HOME", tmp.resolve("xdg").toString());
    WorkspaceLoader.load(
        new WorkspaceLocator.Location(ws, "-C", false), WorkspaceCache.forUser(ws, env));
    try (Stream<Path> made = Files.walk(tmp.resolve("xdg"))) {
      assertThat(made.filter(Files::isRegularFile).map(p -> tmp.resolve("xdg").relativize(p)))
          .singleElement()
          .asString()
          .matches("okr/workspaces/[0-9a-f]{16}/parsed");
    }
    try (Stream<Path> files = Files.walk(ws)) {
      assertThat(files.filter(p -> p.getFileName().toString().startsWith("."))).isEmpty();
    }
  }

  @Test
  void aCacheFolderInsideTheWorkspaceIsNotUsed() {
    // HOME in the workspace: reading must not write into it.
    WorkspaceCache inside =
        WorkspaceCache.forUser(ws, Map.of("HOME", ws.resolve("home").toString()));
    LoadResult result = load(inside);
    assertThat(result.fileCount()).isEqualTo(11);
    assertThat(ws.resolve("home")).doesNotExist();
  }

  @Test
  void noTemporaryFileIsLeftBehind() throws IOException {
    load(cache());
    // one a killed run left an hour ago and more: cleared by the next write
    Path abandoned = cacheFile().resolveSibling(".parsed.123.tmp");
    Files.writeString(abandoned, "half", StandardCharsets.UTF_8);
    Files.setLastModifiedTime(abandoned, LONG_AGO);
    editKeepingSizeAndTime();
    load(cache());
    load(cache());
    try (Stream<Path> files = Files.list(cacheFile().getParent())) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("parsed");
    }
  }

  @Test
  void aTreeComesBackExactlyAsItWasWritten() {
    Path file = Path.of("x.yaml");
    String text =
        "kind: objective\nid: a\ntitle: \"caf\\u00e9 \\U0001F600\"\nlist: [1, 2.5, true, null, ~]\n"
            + "nested: {a: {b: [x, {c: d}]}}\nempty: ''\n";
    LocatedYamlParser.Result parsed = LocatedYamlParser.parse(file, text);
    TreeCodec.Writer writer = new TreeCodec.Writer();
    byte[] bytes = writer.finish(parsed.root());

    var back = new TreeCodec.Reader(bytes, 0, bytes.length, file).read(null);

    assertThat(back).isEqualTo(parsed.root());
    for (int cut : List.of(0, 1, bytes.length / 2, bytes.length - 1)) {
      assertThat(
              org.assertj.core.api.Assertions.catchThrowable(
                  () -> new TreeCodec.Reader(bytes, 0, cut, file).read(null)))
          .isInstanceOf(TreeCodec.Unreadable.class);
    }
  }

  @Test
  void aLoneSurrogateKeepsTheFileOutOfTheCache() {
    Path file = Path.of("x.yaml");
    LocatedYamlParser.Result parsed =
        LocatedYamlParser.parse(file, "kind: objective\ntitle: \"a\\ud800b\"\n");
    assertThat(new TreeCodec.Writer().finish(parsed.root())).isNull();
  }

  /**
   * The workspace's folder keeps the name earlier builds gave it (sixteen hex digits of FNV-1a,
   * zero padded), now written without java.util.Formatter.
   */
  @Test
  void aWorkspacesFolderIsNamedAsBefore() {
    assertThat(WorkspaceCache.folderName("/home/dana/goals")).isEqualTo("8cf42e74f3e38f6b");
    assertThat(WorkspaceCache.folderName("/")).isEqualTo("af63a24c860189fe");
    assertThat(WorkspaceCache.folderName("/w/57380")).isEqualTo("0007fc507764ed65");
  }

  /** Identities are compared field by field (written out, not the record's generated methods). */
  @Test
  void identitiesAreEqualExactlyWhenEveryFieldIs() {
    FileIdentity id = new FileIdentity(1, 2, 3, 4);
    assertThat(id).isEqualTo(new FileIdentity(1, 2, 3, 4)).isNotEqualTo(null).isNotEqualTo("id");
    assertThat(id.hashCode()).isEqualTo(new FileIdentity(1, 2, 3, 4).hashCode());
    for (FileIdentity other :
        List.of(
            new FileIdentity(9, 2, 3, 4),
            new FileIdentity(1, 9, 3, 4),
            new FileIdentity(1, 2, 9, 4),
            new FileIdentity(1, 2, 3, 9))) {
      assertThat(id).isNotEqualTo(other);
      assertThat(id.hashCode()).isNotEqualTo(other.hashCode());
    }
  }

  /**
   * Built reproducibly, two builds' jars have the same time, and may have the same size: the hash
   * the launcher passes tells them apart, so the cache of one is not read by the other.
   */
  @Test
  void twoBuildsWithTheSameJarSizeAndTimeAreToldApartByTheLaunchersHash() {
    String one = WorkspaceCache.buildId("a1b2", "1.0", 1000, 5);
    String other = WorkspaceCache.buildId("c3d4", "1.0", 1000, 5);
    assertThat(one).isNotEqualTo(other);
    assertThat(WorkspaceCache.buildId(null, "1.0", 1000, 5))
        .isNotEqualTo(one)
        .isNotEqualTo(WorkspaceCache.buildId(null, "1.0", 1001, 5))
        .isNotEqualTo(WorkspaceCache.buildId(null, "1.0", 1000, 6))
        .isNotEqualTo(WorkspaceCache.buildId(null, "1.1", 1000, 5));
    load(WorkspaceCache.at(workspaces, ws, one));
    WorkspaceCache byTheOther = WorkspaceCache.at(workspaces, ws, other);
    load(byTheOther);
    assertThat(byTheOther.hits()).isZero();
    WorkspaceCache bySameBuild = WorkspaceCache.at(workspaces, ws, other);
    load(bySameBuild);
    assertThat(bySameBuild.hits()).isEqualTo(11);
  }

  @Test
  void withoutTheLaunchersHashTwoJarsOfTheSameSizeAndTimeAreToldApartByTheirBytes(
      @org.junit.jupiter.api.io.TempDir Path jars) throws Exception {
    // okr.cmd and `java -cp 'lib/*' okr.Main` name no hash: the jar's own bytes are read instead.
    Path one =
        Files.write(
            jars.resolve("one.jar"), "PK okr build with <<".getBytes(StandardCharsets.UTF_8));
    Path other =
        Files.write(
            jars.resolve("other.jar"), "PK okr build with <>".getBytes(StandardCharsets.UTF_8));
    Files.setLastModifiedTime(other, Files.getLastModifiedTime(one));

    assertThat(WorkspaceCache.contentCrc(one))
        .isNotEqualTo(WorkspaceCache.contentCrc(other))
        .isEqualTo(WorkspaceCache.contentCrc(one));
  }
}
