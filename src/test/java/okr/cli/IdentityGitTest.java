package okr.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okr.render.JsonText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * With real git: Ann runs okr init and writes an objective; teammates who clone the repository
 * check in under their own names, from their own git config, never under Ann's.
 */
class IdentityGitTest {

  @TempDir Path temp;

  private Map<String, String> env;
  private Path ann;

  /** git without the machine's own config, as okr is given it below. */
  private String git(Path dir, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    ProcessBuilder builder =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    builder.environment().putAll(env);
    Process p = builder.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as("git %s: %s", String.join(" ", args), out).isZero();
    return out;
  }

  private static boolean gitInstalled() {
    try {
      return new ProcessBuilder("git", "--version").start().waitFor() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  private CliRunner.Result okr(Path cwd, String... args) {
    CliRunner.Result result = CliRunner.run(cwd, env, args);
    assertThat(result.exit()).as("okr %s: %s", String.join(" ", args), result.err()).isZero();
    return result;
  }

  @BeforeEach
  void annStartsTheWorkspace() throws Exception {
    assumeTrue(gitInstalled(), "git is not installed");
    env =
        Map.of(
            "PATH", System.getenv("PATH"),
            "HOME", temp.resolve("home").toString(),
            "GIT_CONFIG_GLOBAL", "/dev/null",
            "GIT_CONFIG_NOSYSTEM", "1",
            "NO_COLOR", "1");
    ann = Files.createDirectories(temp.resolve("ann"));
    git(ann, "init", "-q", "-b", "main");
    git(ann, "config", "user.name", "Ann Archer");
    git(ann, "config", "user.email", "ann@acme.example");
    okr(ann, "init", "--name", "Team", "--yes");
    assertThat(Files.readString(ann.resolve("okr.yaml"))).doesNotContain("\nme:");
    Files.writeString(
        ann.resolve("okr.yaml"),
        "people:\n"
            + "  ann:\n"
            + "    name: Ann Archer\n"
            + "    emails: [ann@acme.example]\n"
            + "  dana:\n"
            + "    name: Dana Scully\n"
            + "    emails: [dana@acme.example, dscully@users.noreply.github.com]\n",
        java.nio.file.StandardOpenOption.APPEND);
    okr(
        ann,
        "new",
        "objective",
        "--title",
        "Ship the app",
        "--id",
        "ship",
        "--period",
        "2026-Q4",
        "--kr",
        "customers: Customers live|0|10|customers");
    assertThat(Files.readString(ann.resolve("objectives/ship.yaml"))).contains("owner: ann\n");
    git(ann, "add", ".");
    git(ann, "commit", "-q", "-m", "start");
  }

  private Path cloneAs(String folder, String name, String email) throws Exception {
    Path clone = temp.resolve(folder);
    git(temp, "clone", "-q", ann.toString(), clone.toString());
    git(clone, "config", "user.name", name);
    git(clone, "config", "user.email", email);
    return clone;
  }

  /** The `by` of the newest entry, as `okr log --format json` shows it to scripts. */
  private String lastBy(Path clone) {
    String json = okr(clone, "log", "--format", "json").out();
    JsonNode doc = (JsonNode) JsonText.parse(json);
    assertThat(doc.get("entries").size()).isEqualTo(1);
    return doc.get("entries").get(0).get("by").asString();
  }

  @Test
  void aTeammateWhoseEmailIsListedChecksInUnderTheirKey() throws Exception {
    Path dana = cloneAs("dana", "D. Scully", "DScully@users.noreply.github.com");
    okr(dana, "checkin", "ship/customers", "--value", "3", "--confidence", "6");
    assertThat(Files.readString(dana.resolve("checkins/2026-11/dana.yaml")))
        .contains("by: dana, kr: ship/customers, value: 3")
        .doesNotContain("ann");
    assertThat(lastBy(dana)).isEqualTo("dana");
    assertThat(okr(dana, "whoami").out())
        .isEqualTo(
            "dana (git user.email DScully@users.noreply.github.com, mapped by people: in"
                + " okr.yaml)\n");
    assertThat(okr(dana, "status", "--mine").out()).doesNotContain("Ship the app");
    assertThat(okr(ann, "status", "--mine").out()).contains("Ship the app");
  }

  @Test
  void aTeammateWhoIsNotListedChecksInUnderTheirGitName() throws Exception {
    Path carl = cloneAs("carl", "Carl Chen", "carl@elsewhere.example");
    okr(carl, "checkin", "ship/customers", "--value", "4", "--confidence", "5");
    assertThat(Files.readString(carl.resolve("checkins/2026-11/carl-chen.yaml")))
        .contains("by: Carl Chen, kr: ship/customers, value: 4");
    assertThat(lastBy(carl)).isEqualTo("Carl Chen");
  }

  @Test
  void anInteractiveCheckinAsksGitWhileTheWorkspaceLoadsAndWalksTheTeammatesKeyResults()
      throws Exception {
    Path dana = cloneAs("dana", "D. Scully", "dana@acme.example");
    Files.writeString(
        dana.resolve("objectives/ship.yaml"),
        Files.readString(dana.resolve("objectives/ship.yaml"))
            .replace("owner: ann", "owner: dana"));
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    int exit =
        okr.Main.run(
            new java.io.ByteArrayInputStream("7\n\n\ny\n".getBytes(StandardCharsets.UTF_8)),
            new java.io.PrintStream(out, true, StandardCharsets.UTF_8),
            new java.io.PrintStream(
                new java.io.ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            env,
            java.time.Clock.fixed(
                java.time.Instant.parse("2026-11-23T09:00:00Z"), java.time.ZoneOffset.UTC),
            dana,
            true,
            "checkin");
    assertThat(exit).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Check-in for dana: 1 item.");
    assertThat(Files.readString(dana.resolve("checkins/2026-11/dana.yaml")))
        .contains("by: dana, kr: ship/customers, value: 7");
  }

  @Test
  void okrUserComesBeforeGit() throws Exception {
    Path dana = cloneAs("dana", "Dana Scully", "dana@acme.example");
    Map<String, String> withOkrUser = new java.util.HashMap<>(env);
    withOkrUser.put("OKR_USER", "glen");
    CliRunner.Result result =
        CliRunner.run(dana, withOkrUser, "checkin", "ship/customers", "--value", "5", "--dry-run");
    assertThat(result.out()).contains(" by: glen, ");
  }

  @Test
  void aNameInThePersonalConfigAsksGitNothing() throws Exception {
    // Git's answer would not be read: a git started anyway, slow, outlived an abandoned check-in.
    Path dana = cloneAs("dana", "D. Scully", "dana@acme.example");
    Path config = Files.createDirectories(temp.resolve("home/.config/okr"));
    Files.writeString(config.resolve("config.yaml"), "me: dana\n");

    assertThat(Identity.Live.askingGitNow(context(env, dana), dana).askedGitEarly()).isFalse();

    Files.delete(config.resolve("config.yaml"));
    assertThat(Identity.Live.askingGitNow(context(env, dana), dana).askedGitEarly()).isTrue();
    Map<String, String> withOkrUser = new java.util.HashMap<>(env);
    withOkrUser.put("OKR_USER", "glen");
    assertThat(Identity.Live.askingGitNow(context(withOkrUser, dana), dana).askedGitEarly())
        .isFalse();
  }

  private static Context context(Map<String, String> env, Path cwd) {
    return new Context(
        java.io.InputStream.nullInputStream(),
        System.out,
        System.err,
        env,
        java.time.Clock.systemUTC(),
        cwd,
        false,
        false);
  }
}
