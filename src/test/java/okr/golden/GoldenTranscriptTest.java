package okr.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import okr.Main;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every {@code src/test/resources/cli/**\/*.test} transcript in-process through {@link
 * Main#run} with a fixed clock, no colour and width 80, and compares what a person would see.
 * {@code -Dgolden.update=true} rewrites the expectations instead; read the diff in review. {@code
 * -Dgolden.only=PART} runs only the cases whose path contains PART.
 *
 * <p>Every case of a command that only reads also proves that no byte of its workspace changed;
 * cases that set permissions run as an unprivileged user when the tests run as root (see {@link
 * Unprivileged}).
 */
class GoldenTranscriptTest {

  static final Path CASES = Path.of("src/test/resources/cli");
  static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

  /** Commands that may write; every other command line must leave the workspace as it was. */
  static final java.util.Set<String> WRITERS =
      java.util.Set.of(
          "checkin",
          "record",
          "pull",
          "undo",
          "close",
          "rollover",
          "new",
          "import",
          "init",
          "mv",
          "edit");

  @TempDir Path temp;

  /** The declaration is checked against the parsed command, not against words in argv. */
  @org.junit.jupiter.api.Test
  void mayWriteFollowsTheParsedCommandNotTheWords() {
    assertThat(mayWrite(List.of("log", "--kind", "checkin", "--format", "json"))).isFalse();
    assertThat(mayWrite(List.of("show", "close"))).isFalse();
    assertThat(mayWrite(List.of("-C", "new", "status"))).isFalse();
    assertThat(mayWrite(List.of("report", "--format", "md"))).isFalse();
    assertThat(mayWrite(List.of("close", "2026-Q3", "--yes", "--note", "status"))).isTrue();
    assertThat(mayWrite(List.of("--today", "2026-11-23", "new", "objective"))).isTrue();
    assertThat(mayWrite(List.of("checkin", "--bogus-option"))).isTrue();
    assertThat(mayWrite(List.of("report", "-o", "r.md"))).isTrue();
  }

  @TestFactory
  Stream<DynamicTest> transcripts() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(CASES)) {
      files = walk.filter(p -> p.toString().endsWith(".test")).sorted().toList();
    }
    // -Dgolden.only=tree/ runs the cases whose path contains it, for a quick loop while editing.
    String only = System.getProperty("golden.only", "");
    files = files.stream().filter(p -> p.toString().contains(only)).toList();
    assertThat(files).isNotEmpty();
    return files.stream()
        .map(file -> DynamicTest.dynamicTest(CASES.relativize(file).toString(), () -> run(file)));
  }

  /**
   * What a command appended to a file. The journal is append-only, so the old bytes must still be
   * there, unchanged, at its start.
   */
  private static String appended(Path shown, String name, byte[] before, Path file)
      throws IOException {
    byte[] after = Files.exists(shown) ? Files.readAllBytes(shown) : new byte[0];
    assertThat(after.length)
        .as("%s shrank in %s", shown.getFileName(), file)
        .isGreaterThanOrEqualTo(before.length);
    assertThat(java.util.Arrays.copyOf(after, before.length))
        .as("existing bytes of %s unchanged in %s", shown.getFileName(), file)
        .isEqualTo(before);
    String added =
        new String(after, before.length, after.length - before.length, StandardCharsets.UTF_8);
    return "=== appended to " + name + ":\n" + added;
  }

  /** The ids of journal entries okr writes (ULIDs): new in every run. */
  private static final java.util.regex.Pattern ENTRY_ID =
      java.util.regex.Pattern.compile("\\b[0-7][0-9a-hjkmnp-tv-z]{25}\\b");

  /**
   * Output with each new entry id replaced by {@code <id1>}, {@code <id2>}... in the order they
   * first appear, so a transcript still shows which ids are the same and which differ.
   */
  static String[] maskIds(String... texts) {
    Map<String, String> names = new java.util.LinkedHashMap<>();
    String[] masked = new String[texts.length];
    for (int i = 0; i < texts.length; i++) {
      masked[i] =
          ENTRY_ID
              .matcher(texts[i])
              .replaceAll(
                  m -> names.computeIfAbsent(m.group(), k -> "<id" + (names.size() + 1) + ">"));
    }
    return masked;
  }

  /** Text views must fit their width: long titles are cut, never wrapped. */
  private static void assertFitsWidth(Path file, GoldenCase c, String stdout) {
    String view = CASES.relativize(file).getName(0).toString();
    List<String> argv = c.argv();
    if (!List.of("status", "tree", "show", "goals", "kpis").contains(view)
        || argv.contains("--format")) {
      return;
    }
    int width =
        argv.contains("--width") ? Integer.parseInt(argv.get(argv.indexOf("--width") + 1)) : 80;
    for (String line : stdout.split("\n")) {
      assertThat(okr.render.Text.width(line))
          .as("width of line in %s: %s", file, line)
          .isLessThanOrEqualTo(width);
    }
  }

  /**
   * Whether the command line may write: a writing command, or a report written to a file. The
   * command is the one picocli parses, not any argument that happens to be a command's name.
   */
  static boolean mayWrite(List<String> argv) {
    String command = okr.cli.ParsedCommand.of(argv);
    return WRITERS.contains(command)
        || command.equals("codeowners") && argv.contains("--write")
        || command.equals("report")
            && argv.stream()
                .anyMatch(a -> a.equals("-o") || a.startsWith("--output") || a.startsWith("-o"));
  }

  private Path workspace(GoldenCase c) throws IOException {
    if (c.cwd != null) {
      return Path.of("").toAbsolutePath().resolve(c.cwd);
    }
    Path cwd = Files.createTempDirectory(temp, "ws");
    if (c.copy != null) {
      // A case that writes runs on a copy of the example it names, never on the original.
      okr.TestFiles.copyTree(Path.of("").toAbsolutePath().resolve(c.copy), cwd);
    }
    for (String dir : c.dirs) {
      Files.createDirectories(cwd.resolve(dir));
    }
    if (!c.commits.isEmpty()) {
      okr.Git.run(cwd, "init", "-q");
      for (GoldenCase.Commit commit : c.commits) {
        writeFiles(cwd, commit.files());
        okr.Git.run(cwd, "add", "-A");
        okr.Git.commit(cwd, commit.author(), commit.date(), commit.message());
      }
    }
    writeFiles(cwd, c.files);
    for (Map.Entry<String, Long> entry : c.sparse.entrySet()) {
      Path target = cwd.resolve(entry.getKey());
      Files.createDirectories(target.getParent());
      try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(target.toFile(), "rw")) {
        f.setLength(entry.getValue()); // a hole: nothing is written, nothing need be read
      }
    }
    for (Map.Entry<String, String> link : c.symlinks.entrySet()) {
      Path at = cwd.resolve(link.getKey());
      Files.createDirectories(at.getParent());
      Files.createSymbolicLink(at, Path.of(link.getValue()));
    }
    return cwd;
  }

  private static void writeFiles(Path cwd, Map<String, byte[]> files) throws IOException {
    for (Map.Entry<String, byte[]> entry : files.entrySet()) {
      Path target = cwd.resolve(entry.getKey());
      Files.createDirectories(target.getParent());
      Files.write(target, entry.getValue());
    }
  }

  private void chmod(GoldenCase c, Path cwd) throws IOException {
    for (Map.Entry<String, String> entry : c.chmods.entrySet()) {
      Files.setPosixFilePermissions(cwd.resolve(entry.getKey()), mode(entry.getValue()));
    }
  }

  /** An octal mode such as 555 as permissions. */
  private static java.util.Set<java.nio.file.attribute.PosixFilePermission> mode(String octal) {
    int bits = Integer.parseInt(octal, 8);
    String rwx = "rwxrwxrwx";
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 9; i++) {
      text.append((bits & (1 << (8 - i))) != 0 ? rwx.charAt(i) : '-');
    }
    return java.nio.file.attribute.PosixFilePermissions.fromString(text.toString());
  }

  /** Gives the owner everything back, so the temp folder can be deleted by any user. */
  private static void restore(GoldenCase c, Path cwd) throws IOException {
    for (String name : c.chmods.keySet()) {
      Files.setPosixFilePermissions(cwd.resolve(name), mode("755"));
    }
  }

  private void run(Path file) throws Exception {
    GoldenCase c = GoldenCase.parse(file);
    Path cwd = workspace(c);
    byte[] before =
        c.show != null && Files.exists(cwd.resolve(c.show))
            ? Files.readAllBytes(cwd.resolve(c.show))
            : new byte[0];
    Map<String, String> env = new HashMap<>();
    env.put("NO_COLOR", "1");
    env.put("USER", "tester");
    env.put("HOME", temp.resolve("home").toString());
    if (!c.commits.isEmpty()) {
      // A case with git history lets okr run git, but not with this machine's git config.
      env.put("PATH", System.getenv("PATH"));
      env.put("GIT_CONFIG_NOSYSTEM", "1");
      env.put("GIT_CONFIG_GLOBAL", "/dev/null");
    }
    // {cwd} in a value is the case's folder, for variables that must be absolute paths.
    c.env.forEach((name, value) -> env.put(name, value.replace("{cwd}", cwd.toString())));
    assertThat(c.writes)
        .as(
            "%s: `--- writes` must be declared exactly when its command (%s) may write",
            file, okr.cli.ParsedCommand.of(c.argv()))
        .isEqualTo(mayWrite(c.argv()));
    boolean readOnly = !c.writes;
    // A case run in the project itself reads an example; the rest of the project (target/,
    // .git) is being written by the build while the tests run.
    Path watched = c.cwd != null ? cwd.resolve("examples") : cwd;
    Map<String, String> untouched;
    int exit;
    String stdout;
    String stderr;
    if (!c.chmods.isEmpty() && Unprivileged.isRoot(cwd)) {
      org.junit.jupiter.api.Assumptions.assumeTrue(
          Unprivileged.available(), "root ignores permissions and setpriv is missing");
      Unprivileged.handOver(temp, cwd);
      chmod(c, cwd);
      untouched = readOnly ? WorkspaceSnapshot.of(watched) : null;
      Unprivileged.Result child = Unprivileged.run(temp, cwd, env, c.argv());
      restore(c, cwd);
      exit = child.exit();
      stdout = child.stdout();
      stderr = child.stderr();
    } else {
      chmod(c, cwd);
      untouched = readOnly ? WorkspaceSnapshot.of(watched) : null;
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      try {
        exit =
            Main.run(
                new ByteArrayInputStream(c.stdinBytes()),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                env,
                Clock.fixed(NOW, ZoneOffset.UTC),
                cwd,
                c.stdin != null,
                c.argv().toArray(String[]::new));
      } finally {
        restore(c, cwd);
      }
      stdout = out.toString(StandardCharsets.UTF_8);
      stderr = err.toString(StandardCharsets.UTF_8);
    }
    assertThat(WorkspaceSnapshot.of(watched).keySet())
        .as("temporary files left behind in %s", file)
        .noneMatch(name -> name.endsWith(".tmp"));
    if (readOnly) {
      chmod(c, cwd);
      Map<String, String> after = WorkspaceSnapshot.of(watched);
      restore(c, cwd);
      assertThat(after).as("a read-only command changed files in %s", file).isEqualTo(untouched);
    }
    if (c.show != null) {
      stdout += appended(cwd.resolve(c.show), c.show, before, file);
    }
    for (String name : c.after) {
      stdout +=
          "=== " + name + " after:\n" + Files.readString(cwd.resolve(name), StandardCharsets.UTF_8);
    }
    String[] masked = maskIds(stdout, stderr);
    stdout = masked[0];
    stderr = masked[1];
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(file, c.render(exit, stdout, stderr), StandardCharsets.UTF_8);
      return;
    }
    assertThat(stderr).as("no stack trace in %s", file).doesNotContain("\tat ");
    assertFitsWidth(file, c, stdout);
    assertThat(stdout).as("stdout of %s", file).isEqualTo(c.stdout);
    assertThat(stderr).as("stderr of %s", file).isEqualTo(c.stderr);
    assertThat(exit).as("exit code of %s", file).isEqualTo(c.exit);
  }
}
