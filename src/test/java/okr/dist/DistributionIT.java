package okr.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import okr.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The built distribution ({@code target/okr/bin/okr}, laid out by the package phase) run the way
 * people run it: from sh, with no locale or the C locale (cron, {@code env -i}, containers), with
 * bytes that are not UTF-8, and with its output sent to a full disk, a closed descriptor or a pipe
 * nobody reads. Each test runs on every Java 17+ under {@code /usr/lib/jvm} and the one running the
 * tests, since Java 17 and 25 decode the environment differently.
 */
@Timeout(300)
class DistributionIT {

  private static final Path OKR = Path.of("target/okr/bin/okr").toAbsolutePath();
  private static final Path LIB = Path.of("target/okr/lib").toAbsolutePath();
  private static final String CAFE = "Café ✓ 日本";

  @TempDir Path tmp;
  Path ws;

  @BeforeEach
  void workspace() throws IOException {
    assertThat(OKR).as("run ./mvnw verify: the package phase builds the distribution").exists();
    ws = tmp.resolve("ws");
    TestFiles.copyTree(Path.of("examples/maratona"), ws);
  }

  /** Every Java runtime of 17 or later on this machine, the tests' own first. */
  static List<Path> javas() throws IOException {
    List<Path> homes = new ArrayList<>();
    homes.add(Path.of(System.getProperty("java.home")).toRealPath());
    Path jvms = Path.of("/usr/lib/jvm");
    if (Files.isDirectory(jvms)) {
      try (Stream<Path> list = Files.list(jvms)) {
        for (Path home : list.sorted().toList()) {
          Path real = home.toRealPath();
          if (!homes.contains(real)
              && major(real) >= 17
              && Files.isExecutable(real.resolve("bin/java"))) {
            homes.add(real);
          }
        }
      }
    }
    return homes;
  }

  private static int major(Path home) throws IOException {
    Path release = home.resolve("release");
    if (!Files.isRegularFile(release)) {
      return 0;
    }
    for (String line : Files.readAllLines(release, StandardCharsets.UTF_8)) {
      if (line.startsWith("JAVA_VERSION=\"")) {
        String version = line.substring("JAVA_VERSION=\"".length());
        return Integer.parseInt(version.split("[.\"]")[0]);
      }
    }
    return 0;
  }

  private record Run(int exit, String out, String err) {}

  /**
   * {@code script} in sh, in the workspace, with {@code $OKR} the launcher and an environment that
   * holds nothing but what is given here: no LANG, no LC_*, as under {@code env -i}.
   */
  private Run sh(Path java, String script, String... env) throws Exception {
    ProcessBuilder builder = new ProcessBuilder("/bin/sh", "-c", script).directory(ws.toFile());
    Map<String, String> environment = builder.environment();
    environment.clear();
    Map<String, String> base = new LinkedHashMap<>();
    base.put("PATH", "/usr/local/bin:/usr/bin:/bin");
    base.put("HOME", tmp.resolve("home").toString());
    base.put("JAVA_HOME", java.toString());
    base.put("OKR", OKR.toString());
    base.put("OKR_LIB", LIB.toString());
    base.put("OKR_NO_ARCHIVE", "1");
    base.put("OKR_USER", "glen");
    base.put("NO_COLOR", "1");
    environment.putAll(base);
    for (String pair : env) {
      int eq = pair.indexOf('=');
      environment.put(pair.substring(0, eq), pair.substring(eq + 1));
    }
    Path out = tmp.resolve("out");
    Path err = tmp.resolve("err");
    builder.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process process = builder.start();
    // A damaged class-data archive can hang the JVM (a known limit): fail, never hang the build.
    if (!process.waitFor(3, TimeUnit.MINUTES)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly().waitFor();
      throw new AssertionError("still running after 3 minutes: " + script);
    }
    int exit = process.exitValue();
    return new Run(
        exit,
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  /** Every file under {@code dir} and its bytes (as ISO-8859-1, which keeps every byte). */
  private static Map<String, String> tree(Path dir) throws IOException {
    Map<String, String> files = new java.util.TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(
            dir.relativize(file).toString(),
            new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
      }
    }
    return files;
  }

  /** Every journal file of a month, one after the other. */
  private static String month(Path folder) throws IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.sorted().toList()) {
        all.append(Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    return all.toString();
  }

  private static String noStackTrace(Run run) {
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    return run.err();
  }

  // --- 1. arguments, environment and file names are UTF-8 whatever the locale

  /** No locale at all, C, POSIX, and a UTF-8 name that is not installed: each falls back. */
  static Stream<org.junit.jupiter.params.provider.Arguments> javasAndLocales() throws IOException {
    List<org.junit.jupiter.params.provider.Arguments> cases = new ArrayList<>();
    for (Path java : javas()) {
      for (String locale : List.of("", "LC_ALL=C", "LANG=C", "LC_ALL=POSIX", "LC_CTYPE=C")) {
        cases.add(org.junit.jupiter.params.provider.Arguments.of(java, locale));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest
  @MethodSource("javasAndLocales")
  void textIsWrittenAsUtf8WhateverTheLocale(Path java, String locale) throws Exception {
    String[] env =
        locale.isEmpty() ? new String[] {"OKR_USER=José"} : new String[] {locale, "OKR_USER=José"};
    Run made =
        sh(
            java,
            "\"$OKR\" new objective --title \""
                + CAFE
                + "\" --period 2026-Q4 --kr \"Größer werden|1|2|Stück\" --today 2026-11-23",
            env);
    assertThat(made.exit()).as(noStackTrace(made)).isZero();
    Path file = ws.resolve("objectives/cafe.yaml");
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .contains("title: \"" + CAFE + "\"")
        .contains("Größer werden")
        .contains("owner: José")
        .doesNotContain("\uFFFD");
    Run checkin =
        sh(
            java,
            "\"$OKR\" checkin maratona/climb --value 4000 --progress \"Sella ✓ naïve\""
                + " --at 2026-09-22T18:00:00+02:00",
            env);
    assertThat(checkin.exit()).as(noStackTrace(checkin)).isZero();
    assertThat(month(ws.resolve("checkins/2026-09")))
        .contains("by: José")
        .contains("progress: \"Sella ✓ naïve\"");
    // and what okr prints is UTF-8 too
    Run shown = sh(java, "\"$OKR\" show cafe --today 2026-11-23", env);
    assertThat(shown.exit()).as(noStackTrace(shown)).isZero();
    assertThat(shown.out()).contains(CAFE).contains("Größer werden");
  }

  /**
   * The built distribution with its cache of parsed files: a warm run (every file from the cache,
   * no YAML parser) prints the same bytes as a cold one and as one with the cache off, on Acme and
   * on a workspace with errors, whose diagnostics quote their lines.
   */
  @ParameterizedTest
  @ValueSource(strings = {"acme", "errors"})
  void aWarmRunPrintsWhatAColdRunPrints(String example) throws Exception {
    Path root = tmp.resolve(example);
    TestFiles.copyTree(Path.of("examples/acme"), root);
    if (example.equals("errors")) {
      Files.writeString(
          root.resolve("kpis/wrong.yaml"),
          "kind: kpi\nid: wrong\ntitle: [not, a, title]\n",
          StandardCharsets.UTF_8);
      Files.writeString(
          root.resolve("kpis/twice.yaml"),
          "kind: kpi\nid: twice\ntitle: Twice\ntitle: Again\n",
          StandardCharsets.UTF_8);
    }
    Path java = javas().get(0);
    String cache = "XDG_CACHE_HOME=" + tmp.resolve("cache");
    for (String command : List.of("status", "check", "kpis --format json")) {
      String line = "\"$OKR\" -C \"" + root + "\" " + command + " --today 2026-11-23";
      Run off = sh(java, line, "OKR_NO_CACHE=1");
      Run cold = sh(java, line, cache);
      Run warm = sh(java, line, cache);
      assertThat(cold).as(command).isEqualTo(off);
      assertThat(warm).as(command).isEqualTo(off);
      assertThat(off.exit()).as(noStackTrace(off)).isIn(0, 1);
    }
    if (example.equals("errors")) {
      assertThat(sh(java, "\"$OKR\" -C \"" + root + "\" check", cache).out())
          .contains("error[duplicate-key]", "title: Again", "error[wrong-type]");
    }
    try (Stream<Path> made = Files.walk(tmp.resolve("cache"))) {
      assertThat(made.filter(p -> p.getFileName().toString().equals("parsed"))).hasSize(1);
    }
  }

  /** Without the launcher, and so without a UTF-8 locale, okr refuses rather than guess. */
  @ParameterizedTest
  @MethodSource("javas")
  void withoutAUtf8LocaleTextIsRefusedBeforeAnythingIsWritten(Path java) throws Exception {
    String direct = "\"$JAVA_HOME/bin/java\" -cp \"$OKR_LIB/*\" okr.Main";
    Run made =
        sh(
            java,
            direct
                + " new objective --title Café --period 2026-Q4 --kr \"x|1|2|u\" --today 2026-11-23",
            "LC_ALL=C");
    assertThat(made.exit()).as(made.err()).isEqualTo(2);
    assertThat(made.err())
        .startsWith("okr: the argument \"Caf")
        .contains(
            "is not valid UTF-8 in this locale (LC_ALL=C); run with a UTF-8 locale, e.g. LC_ALL=C.UTF-8")
        .hasLineCount(1);
    assertThat(ws.resolve("objectives/caf.yaml")).doesNotExist();
    assertThat(ws.resolve("objectives/cafe.yaml")).doesNotExist();

    Map<String, String> before = tree(ws);
    Run env =
        sh(
            java,
            direct + " checkin maratona/climb --value 4000 --at 2026-09-22T18:00:00+02:00",
            "LC_ALL=C",
            "OKR_USER=José");
    assertThat(env.exit()).as(env.err()).isEqualTo(2);
    assertThat(noStackTrace(env))
        .isEqualTo(
            "okr: the environment variable OKR_USER is not valid UTF-8 in this locale (LC_ALL=C);"
                + " run with a UTF-8 locale, e.g. LC_ALL=C.UTF-8\n");
    assertThat(tree(ws)).isEqualTo(before);
    try (Stream<Path> files = Files.walk(ws.resolve("checkins"))) {
      assertThat(files.filter(f -> f.toString().contains("Jos")).toList()).isEmpty();
    }
  }

  /** Bytes that are not UTF-8 (Latin-1 é) in an argument, in OKR_USER, in a folder name. */
  @ParameterizedTest
  @MethodSource("javas")
  void bytesThatAreNotUtf8AreRefusedBeforeAnythingIsWritten(Path java) throws Exception {
    Run arg =
        sh(
            java,
            "\"$OKR\" new objective --title \"$(printf 'Caf\\351')\" --period 2026-Q4"
                + " --kr \"x|1|2|u\" --today 2026-11-23");
    assertThat(arg.exit()).as(arg.err()).isEqualTo(2);
    assertThat(noStackTrace(arg)).contains("is not valid UTF-8 in this locale").hasLineCount(1);
    try (Stream<Path> files = Files.list(ws.resolve("objectives"))) {
      assertThat(files.map(f -> f.getFileName().toString()).filter(f -> f.startsWith("caf")))
          .isEmpty();
    }

    Map<String, String> before = tree(ws);
    Run user =
        sh(
            java,
            "OKR_USER=$(printf 'Jos\\351') exec \"$OKR\" checkin maratona/climb --value 4000"
                + " --at 2026-09-22T18:00:00+02:00",
            "LANG=C.UTF-8");
    assertThat(user.exit()).as(user.err()).isEqualTo(2);
    assertThat(noStackTrace(user))
        .startsWith("okr: the environment variable OKR_USER is not valid UTF-8")
        .hasLineCount(1);
    assertThat(tree(ws)).isEqualTo(before);

    Run folder =
        sh(
            java,
            "d=$(printf 'caf\\351'); mkdir \"$d\" && cd \"$d\" && exec \"$OKR\" init --yes",
            "LANG=C.UTF-8");
    assertThat(folder.exit()).as(folder.err()).isEqualTo(2);
    assertThat(noStackTrace(folder))
        .startsWith("okr: the folder name \"caf")
        .contains("give the workspace a name with --name; nothing was written")
        .hasLineCount(1);
    try (Stream<Path> files = Files.walk(ws)) {
      assertThat(files.filter(f -> f.getFileName().toString().equals("okr.yaml")).count())
          .as("only the workspace's own okr.yaml")
          .isEqualTo(1);
    }
  }

  // --- 3. output that cannot be written is an error, a reader that went away is quiet

  @ParameterizedTest
  @MethodSource("javas")
  void aFullDiskOnStandardOutputIsAnError(Path java) throws Exception {
    Run status = sh(java, "\"$OKR\" status --today 2026-11-23 >/dev/full");
    assertThat(status.exit()).isEqualTo(3);
    assertThat(status.err())
        .isEqualTo("okr: cannot write standard output: no space left on device\n");

    Run json = sh(java, "\"$OKR\" log --format json >/dev/full");
    assertThat(json.exit()).isEqualTo(3);
    assertThat(json.err())
        .isEqualTo("okr: cannot write standard output: no space left on device\n");
  }

  @ParameterizedTest
  @MethodSource("javas")
  void aClosedStandardOutputIsAnErrorAndNothingIsWritten(Path java) throws Exception {
    Run status = sh(java, "\"$OKR\" status --today 2026-11-23 >&-");
    assertThat(status.exit()).isEqualTo(3);
    assertThat(status.err()).isEqualTo("okr: cannot write standard output: bad file descriptor\n");

    Map<String, String> before = tree(ws);
    Run checkin =
        sh(java, "\"$OKR\" checkin maratona/climb --value 4000 --at 2026-09-22T18:00:00+02:00 >&-");
    assertThat(checkin.exit()).isEqualTo(3);
    assertThat(tree(ws)).isEqualTo(before);
  }

  /**
   * {@code okr log | head -c0}: the reader is gone before okr writes (a JVM takes far longer to
   * start than head to exit), so the write meets a closed pipe. okr stops quietly with 141, as a
   * process SIGPIPE ends.
   */
  @ParameterizedTest
  @MethodSource("javas")
  void aReaderThatWentAwayEndsOkrQuietly(Path java) throws Exception {
    for (String reader : List.of("head -c0", "true")) {
      Run run =
          sh(
              java,
              "code=$( { { \"$OKR\" log --today 2026-11-23; echo $? >&3; } | "
                  + reader
                  + "; } 3>&1 ); echo \"exit $code\"",
              "LANG=C.UTF-8");
      assertThat(run.err()).as(reader).isEmpty();
      assertThat(run.out()).as(reader).isEqualTo("exit 141\n");
    }
  }

  @ParameterizedTest
  @MethodSource("javas")
  void aReportToAFullDeviceIsAnErrorAndTheDeviceStays(Path java) throws Exception {
    Run run = sh(java, "\"$OKR\" report --today 2026-11-23 -o /dev/full");
    assertThat(run.exit()).isEqualTo(3);
    assertThat(run.err()).isEqualTo("okr: cannot write /dev/full: no space left on device\n");
    assertThat(Path.of("/dev/full")).satisfies(p -> assertThat(Files.isRegularFile(p)).isFalse());
    try (Stream<Path> dev = Files.list(Path.of("/dev"))) {
      assertThat(dev.filter(f -> f.getFileName().toString().startsWith(".full")).toList())
          .as("no temporary file beside the device")
          .isEmpty();
    }
    // a device or pipe that takes the bytes is written to, not replaced
    Run stdout = sh(java, "\"$OKR\" report --today 2026-11-23 -o /dev/stdout | cat > report.md");
    assertThat(stdout.exit()).as(stdout.err()).isZero();
    assertThat(Files.readString(ws.resolve("report.md"), StandardCharsets.UTF_8))
        .contains("Maratona");
  }

  // --- 4. the class-data archive changes nothing but the speed

  /**
   * With archives on (as people run okr), the launcher trains one in the background, tries it, and
   * then starts okr with it: okr prints the same bytes as without one, nothing of the JVM's reaches
   * standard error, and the classes do come from the archive. The launcher's remembered answers
   * (the installation, the Java runtime) are what the later runs start from.
   */
  /**
   * A relative HOME names no cache: with one, the launcher made its cache and a training run's
   * folder under whatever folder okr ran in, here the workspace, which git would then show.
   */
  @Test
  void aRelativeHomeLeavesNothingInTheFolderOkrRunsIn() throws Exception {
    Path java = javas().get(0);
    Map<String, String> before = tree(ws);

    Run run = sh(java, "\"$OKR\" status --today 2026-11-23", "OKR_NO_ARCHIVE=", "HOME=relhome");

    assertThat(run.exit()).as(run.err()).isZero();
    Thread.sleep(2_000); // a training run in the background would have made its folder by now
    assertThat(tree(ws)).isEqualTo(before);
    assertThat(ws.resolve("relhome")).doesNotExist();
  }

  /**
   * A warm view links no lambda and compiles no regex once okr starts (issue #18, bench/README.md):
   * a plain Java program links none, and each costs its linking in the interpreter, the first one
   * java.lang.invoke's set-up. Without an archive, so that it holds whether CI has trained one or
   * not (with one, the same classes would only come from it). What puts one back is named here.
   */
  @Test
  void aWarmStatusLinksNoLambdaAndCompilesNoRegex() throws Exception {
    Path acme = tmp.resolve("acme");
    TestFiles.copyTree(Path.of("examples/acme"), acme);
    String cache = "XDG_CACHE_HOME=" + tmp.resolve("cache");
    String workspace = "-C \"" + acme + "\" ";
    for (String command :
        List.of(
            workspace + "status --today 2026-11-23",
            workspace + "status --today 2026-11-23 --width 120 --format md",
            workspace + "kpis --today 2026-11-23",
            "--version")) {
      String run = "\"$OKR\" " + command;
      assertThat(sh(testsJava(), run, cache).exit()).isZero(); // the cache of parsed files
      Path classes = tmp.resolve("classes.log");
      Files.deleteIfExists(classes);
      Run warm = sh(testsJava(), run, cache, "OKR_JAVA_OPTS=-Xlog:class+load:file=" + classes);
      assertThat(warm.exit()).as(warm.err()).isZero();
      List<String> loaded = Files.readAllLines(classes, StandardCharsets.UTF_8);
      int main = 0;
      while (main < loaded.size() && !loaded.get(main).contains(" okr.Main ")) {
        main++;
      }
      assertThat(main).as("okr.Main in the class-load log").isLessThan(loaded.size());
      List<String> invoked = new ArrayList<>();
      for (String line : loaded.subList(main, loaded.size())) {
        if (line.contains("java.lang.invoke.LambdaMetafactory ")
            || line.contains("$$Lambda")
            || line.contains("java.lang.invoke.LambdaForm$MH")
            || line.contains("java.util.regex.Pattern ")
            || line.contains("java.util.regex.Pattern$")) {
          invoked.add(line.substring(line.indexOf("] ") + 2));
        }
      }
      assertThat(invoked).as("okr " + command + ": lambdas and regexes after okr.Main").isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("javas")
  void theClassDataArchiveChangesNothingButTheSpeed(Path java) throws Exception {
    String status = "\"$OKR\" status --today 2026-11-23";
    Run plain = sh(java, status);
    Path cache = tmp.resolve("cache");
    String[] archived = {"OKR_NO_ARCHIVE=", "XDG_CACHE_HOME=" + cache};
    Run first = sh(java, status, archived);
    assertThat(first).isEqualTo(plain);
    Path okrCache = cache.resolve("okr");
    awaitArchive(okrCache);
    assertThat(okrCache.resolve("launcher")).exists();
    Path classes = tmp.resolve("classes.log");
    Run second =
        sh(
            java,
            status,
            "OKR_NO_ARCHIVE=",
            "XDG_CACHE_HOME=" + cache,
            "OKR_JAVA_OPTS=-Xlog:class+load:file=" + classes);
    assertThat(second).isEqualTo(plain);
    assertThat(Files.readString(classes, StandardCharsets.UTF_8))
        .as("okr's classes come from the archive")
        .containsPattern("okr\\.Main source: shared objects file");
  }

  /**
   * A class-data archive damaged after it was made (truncated: the JVM maps it and dies of SIGBUS
   * on Java 17) is noticed by the launcher, removed and made again, and the command's output is as
   * without it; a JVM that crashes all the same writes nothing to standard output and no crash log
   * into the workspace.
   */
  @ParameterizedTest
  @MethodSource("javas")
  void aDamagedClassDataArchiveIsRemovedAndACrashStaysOutOfTheOutput(Path java) throws Exception {
    Trained trained = trained(java);
    String status = trained.status();
    Run plain = trained.plain();
    String[] untrained = trained.untrained();
    Path archive = trained.archive();
    Path stamp = Path.of(archive + ".ok");
    Path whole = tmp.resolve("whole-archive");
    Files.copy(archive, whole);
    damage(archive, stamp.toFile().lastModified() + 2_000);

    Run damaged = sh(java, status, untrained);
    assertThat(damaged).isEqualTo(plain);
    assertThat(archive).as("the damaged archive was removed").doesNotExist();

    // Damaged behind the launcher's back (its stamp as new): the JVM may crash, but quietly.
    Files.copy(whole, archive);
    damage(archive, System.currentTimeMillis() - 60_000);
    Files.writeString(stamp, "", StandardCharsets.UTF_8);
    Run crashed = sh(java, status, untrained);
    if (crashed.exit() != 0) {
      assertThat(crashed.out()).as("nothing of the crash on standard output").isEmpty();
    } else {
      assertThat(crashed.out()).isEqualTo(plain.out());
    }
    try (Stream<Path> files = Files.list(ws)) {
      assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.startsWith("hs_err"));
    }
  }

  /**
   * An archive damaged in the middle with its time kept (a bad disk, {@code cp -p} from a backup):
   * the launcher's stamp cannot see it. Where the damage makes one of okr's classes fail to load,
   * okr removes the archive and says so in one line, and the next run works. Damage the JVM itself
   * trips on ends it (134, or its own "Unable to initialize main class", exit 1) before okr can
   * act: that is the documented limit (docs/architecture.md), and even then nothing reaches
   * standard output.
   */
  @ParameterizedTest
  @MethodSource("javas")
  void anArchiveDamagedWithItsTimeKeptIsRemovedWhenAClassFailsToLoad(Path java) throws Exception {
    Trained trained = trained(java);
    String status = trained.status();
    Run plain = trained.plain();
    String[] untrained = trained.untrained();
    Path archive = trained.archive();
    FileTime made = Files.getLastModifiedTime(archive);
    rot(archive);
    Files.setLastModifiedTime(archive, made);

    Run crashed = sh(java, status, untrained);
    boolean beforeMain =
        crashed.err().startsWith("Error: Unable to initialize main class okr.Main");
    if (crashed.exit() == 134 || (crashed.exit() == 1 && beforeMain)) {
      // The JVM itself tripped on the damage (a crash, or okr.Main not loading at all): before
      // okr runs, so the documented limit; even then nothing reaches standard output.
      assertThat(crashed.out()).isEmpty();
      return;
    }
    assertThat(crashed.exit()).as("exit status, stderr: %s", crashed.err()).isIn(0, 3);
    if (crashed.exit() == 3) {
      assertThat(crashed.out()).isEmpty();
      assertThat(crashed.err().lines())
          .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
          .startsWith("okr: internal error: a class of okr could not be loaded")
          .contains("its class-data archive may be damaged and was removed")
          .endsWith("run the command again");
      assertThat(archive).doesNotExist();
    } else {
      assertThat(crashed).isEqualTo(plain);
    }
    assertThat(sh(java, status, untrained)).isEqualTo(plain);
  }

  /**
   * {@code okr status --format json} without an archive, and a cache with the views archive its
   * first run trained; from then on the environment {@code untrained} makes no new archive (CI).
   */
  private record Trained(String status, Run plain, String[] untrained, Path archive) {}

  private Trained trained(Path java) throws Exception {
    String status = "\"$OKR\" status --today 2026-11-23 --format json";
    Run plain = sh(java, status);
    Path cache = tmp.resolve("cache");
    sh(java, status, "OKR_NO_ARCHIVE=", "XDG_CACHE_HOME=" + cache);
    String[] untrained = {"OKR_NO_ARCHIVE=", "XDG_CACHE_HOME=" + cache, "CI=1"};
    Path okrCache = cache.resolve("okr");
    awaitArchive(okrCache);
    return new Trained(status, plain, untrained, viewsArchive(okrCache));
  }

  private static Path viewsArchive(Path okrCache) throws IOException {
    try (Stream<Path> files = Files.list(okrCache)) {
      return files
          .filter(f -> f.toString().endsWith("-views.jsa") || f.toString().endsWith("-views.aot"))
          .findFirst()
          .orElseThrow();
    }
  }

  /** Flips the bits of a 4 KB block in every megabyte of {@code archive} after the first. */
  private static void rot(Path archive) throws IOException {
    archive.toFile().setWritable(true);
    try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(archive.toFile(), "rw")) {
      byte[] block = new byte[4096];
      for (long at = 1 << 20; at + block.length < file.length(); at += 1 << 20) {
        file.seek(at);
        file.readFully(block);
        for (int i = 0; i < block.length; i++) {
          block[i] ^= 0x5a;
        }
        file.seek(at);
        file.write(block);
      }
    }
  }

  /**
   * Archives of other installations, runtimes or builds are pruned when a training run starts, once
   * they are 30 days old; younger ones are left, as another okr may still use them.
   */
  @Test
  void archivesOfOtherBuildsArePrunedAtTrainingTimeAfterThirtyDays() throws Exception {
    Path okrCache = Files.createDirectories(tmp.resolve("cache/okr"));
    long day = 86_400_000L;
    Map<String, Long> others =
        Map.of(
            "okr-11.0.2-1-0ld-prompts.jsa", 40 * day,
            "okr-11.0.2-1-0ld-prompts.jsa.ok", 40 * day,
            "okr-11.0.2-1-young-prompts.jsa", 5 * day,
            "okr-11.0.2-1-young-prompts.jsa.ok", 5 * day);
    for (Map.Entry<String, Long> other : others.entrySet()) {
      Path file = Files.writeString(okrCache.resolve(other.getKey()), "", StandardCharsets.UTF_8);
      Files.setLastModifiedTime(
          file, FileTime.fromMillis(System.currentTimeMillis() - other.getValue()));
    }
    Run run =
        sh(
            testsJava(),
            "\"$OKR\" --version",
            "OKR_NO_ARCHIVE=",
            "XDG_CACHE_HOME=" + okrCache.getParent());
    assertThat(run.exit()).isZero();
    awaitArchive(okrCache);
    assertThat(okrCache.resolve("okr-11.0.2-1-0ld-prompts.jsa")).doesNotExist();
    assertThat(okrCache.resolve("okr-11.0.2-1-0ld-prompts.jsa.ok")).doesNotExist();
    assertThat(okrCache.resolve("okr-11.0.2-1-young-prompts.jsa")).exists();
    assertThat(okrCache.resolve("okr-11.0.2-1-young-prompts.jsa.ok")).exists();
  }

  /** Cuts {@code archive} to 1 MB (a quarter, if smaller) and gives it the time {@code millis}. */
  private static void damage(Path archive, long millis) throws IOException {
    archive.toFile().setWritable(true);
    try (java.nio.channels.FileChannel channel =
        java.nio.channels.FileChannel.open(archive, java.nio.file.StandardOpenOption.WRITE)) {
      channel.truncate(Math.min(1_000_000, channel.size() / 4));
    }
    Files.setLastModifiedTime(archive, java.nio.file.attribute.FileTime.fromMillis(millis));
  }

  /** Waits for the background training to put an archive in place, four minutes at most. */
  private static void awaitArchive(Path cache) throws Exception {
    long deadline = System.nanoTime() + 240_000_000_000L;
    while (!archiveReady(cache) && System.nanoTime() < deadline) {
      Thread.sleep(250);
    }
    assertThat(archiveReady(cache)).as("an archive made within four minutes").isTrue();
  }

  private static boolean archiveReady(Path cache) throws IOException {
    if (!Files.isDirectory(cache)) {
      return false;
    }
    try (Stream<Path> files = Files.list(cache)) {
      List<String> names = files.map(f -> f.getFileName().toString()).toList();
      return names.stream().noneMatch(n -> n.endsWith(".training"))
          && names.stream().anyMatch(n -> n.endsWith("-views.jsa") || n.endsWith("-views.aot"));
    }
  }

  // --- 5. the launcher's remembered answers (~/.cache/okr/launcher) never outlive what they say

  private static Path testsJava() {
    return Path.of(System.getProperty("java.home"));
  }

  /** A Java runtime at {@code home}: a java that runs {@code real}'s, and its release file. */
  private static void fakeRuntime(Path home, Path real) throws IOException {
    if (Files.exists(home)) {
      try (Stream<Path> walk = Files.walk(home)) {
        for (Path file : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      }
    }
    Files.createDirectories(home.resolve("bin"));
    Path java = home.resolve("bin/java");
    Files.writeString(java, "#!/bin/sh\nexec '" + real.resolve("bin/java") + "' \"$@\"\n");
    java.toFile().setExecutable(true);
    Path release = home.resolve("release");
    Files.copy(real.resolve("release"), release);
    // As tar, dpkg and images leave it: the time the runtime was built, not installed.
    Files.setLastModifiedTime(release, FileTime.fromMillis(0));
  }

  /**
   * A runtime replaced by another version at the same path, its files keeping their old times: okr
   * runs on the new one with the new one's options, not the remembered version's (Java 17 refuses
   * Java 25's -Xlog:aot).
   */
  @Test
  void aRuntimeReplacedAtTheSamePathIsSeen() throws Exception {
    List<Path> javas = javas();
    Path old = javas.stream().filter(j -> majorOf(j) >= 25).findFirst().orElse(null);
    Path young = javas.stream().filter(j -> majorOf(j) < 25).findFirst().orElse(null);
    assumeTrue(old != null && young != null, "a Java 25+ and a Java 17-24 on this machine");
    Path home = tmp.resolve("jdk");
    for (Path[] pair : new Path[][] {{old, young}, {young, old}}) {
      fakeRuntime(home, pair[0]);
      Run first = sh(home, "\"$OKR\" --version");
      assertThat(first.exit()).isZero();
      fakeRuntime(home, pair[1]);
      Run second = sh(home, "\"$OKR\" --version");
      assertThat(second).as("after %s became %s", pair[0], pair[1]).isEqualTo(first);
    }
  }

  private static int majorOf(Path home) {
    try {
      return major(home);
    } catch (IOException e) {
      return 0;
    }
  }

  /** Installed in a folder whose name starts or ends with spaces or a tab: every run works. */
  @ParameterizedTest
  @ValueSource(strings = {"okr ", " okr", "\tokr\t"})
  void anInstallationFolderWithSpacesAtItsEnds(String name) throws Exception {
    Path install = tmp.resolve("opt").resolve(name);
    TestFiles.copyTree(OKR.getParent().getParent(), install);
    install.resolve("bin/okr").toFile().setExecutable(true);
    String run = "exec \"$INSTALL/bin/okr\" --version";
    Run first = sh(testsJava(), run, "INSTALL=" + install);
    Run second = sh(testsJava(), run, "INSTALL=" + install);
    assertThat(first.exit()).isZero();
    assertThat(first.err()).isEmpty();
    assertThat(second).isEqualTo(first);
  }

  /**
   * A cache folder okr cannot write in: okr works, without remembering, and says nothing about it.
   * (The file the launcher writes is made one it cannot create too, as root may write anywhere.)
   */
  @Test
  void aCacheFolderThatCannotBeWrittenIn() throws Exception {
    Path cache = tmp.resolve("cache");
    Path okrCache = Files.createDirectories(cache.resolve("okr"));
    okrCache.toFile().setWritable(false, false);
    String run = "mkdir \"$XDG_CACHE_HOME/okr/launcher.$$\" 2>/dev/null; exec \"$OKR\" --version";
    try {
      Run first = sh(testsJava(), run, "XDG_CACHE_HOME=" + cache);
      Run second = sh(testsJava(), run, "XDG_CACHE_HOME=" + cache);
      assertThat(first.exit()).isZero();
      assertThat(first.out()).startsWith("okr ");
      assertThat(first.err()).isEmpty();
      assertThat(second).isEqualTo(first);
    } finally {
      okrCache.toFile().setWritable(true, false);
    }
  }

  /** An exported CDPATH (cd prints the folder it found there) and okr run by a relative path. */
  @Test
  void anExportedCdpathAndARelativePath() throws Exception {
    String run = "cd \"$DIST/..\" && exec okr/bin/okr --version";
    Path dist = OKR.getParent().getParent();
    Run plain = sh(testsJava(), "exec \"$OKR\" --version");
    for (String cdpath : new String[] {".", dist.getParent().toString(), ".:/nowhere"}) {
      Path home = tmp.resolve("home-" + cdpath.length());
      Run run1 = sh(testsJava(), run, "DIST=" + dist, "CDPATH=" + cdpath, "HOME=" + home);
      Run run2 = sh(testsJava(), run, "DIST=" + dist, "CDPATH=" + cdpath, "HOME=" + home);
      assertThat(run1).as("CDPATH=%s", cdpath).isEqualTo(plain);
      assertThat(run2).as("CDPATH=%s, remembered", cdpath).isEqualTo(plain);
    }
  }
}
