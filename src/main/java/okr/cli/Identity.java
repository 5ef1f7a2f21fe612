package okr.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import okr.model.People;
import okr.model.Settings;
import okr.model.Severity;
import okr.store.PersonalConfig;

/**
 * Who "me" is: the {@code by:} of every entry okr writes, and whose objectives are "mine". The
 * first of these that names someone wins: {@code --by}, {@code OKR_USER}, {@code me:} in the
 * personal settings file, {@code me:} in the personal workspace's okr.yaml, git's {@code
 * user.email} and then {@code user.name} looked up in okr.yaml {@code people:}, git's {@code
 * user.name} as it is, the login name ({@code USER}, {@code LOGNAME}), and last "me". Every name is
 * written as the key of the person it names in {@code people:}, if any.
 */
final class Identity {

  private Identity() {}

  /** Where a name came from. */
  enum Source {
    BY("by", "--by"),
    OKR_USER("OKR_USER", "OKR_USER"),
    CONFIG("config", "me: in the personal settings"),
    PERSONAL_WORKSPACE("personal-workspace", "me: in the personal workspace's okr.yaml"),
    GIT_EMAIL("git-email", "git user.email"),
    GIT_NAME("git-name", "git user.name"),
    USER("USER", "USER"),
    LOGNAME("LOGNAME", "LOGNAME"),
    DEFAULT("default", "nothing names you");

    /** The word scripts see in {@code okr whoami --format json}. */
    final String key;

    final String label;

    Source(String key, String label) {
      this.key = key;
      this.label = label;
    }
  }

  /**
   * A resolved identity.
   *
   * @param name the name entries are written with
   * @param source where it came from
   * @param where the source as a person reads it, e.g. "me: in ~/.config/okr/config.yaml"
   * @param value the name or email as the source gave it (null for the default)
   * @param mapped whether {@code people:} turned {@code value} into another name
   */
  record Resolved(String name, Source source, String where, String value, boolean mapped) {

    /** E.g. "dana (git user.email dana@acme.example, mapped by people: in okr.yaml)". */
    String describe() {
      if (source == Source.DEFAULT) {
        return name
            + " (nothing names you: set OKR_USER, or `me: NAME` in ~/.config/okr/config.yaml)";
      }
      if (mapped) {
        return name + " (" + where + " " + value + ", mapped by people: in okr.yaml)";
      }
      return name + " (" + where + ")";
    }
  }

  /** What each source says; each is asked only when the ones before it said nothing. */
  interface Sources {
    String okrUser();

    /** {@code me:} in the personal settings file; may throw {@link PersonalConfigInvalid}. */
    String configMe();

    /** The personal settings file as a person would write it, e.g. ~/.config/okr/config.yaml. */
    String configFile();

    String gitEmail();

    String gitName();

    String user();

    String logname();
  }

  /** The name okr writes for whoever runs it here. */
  static String me(Context ctx, Settings settings, Path workspace) {
    return resolve(ctx, settings, workspace, null).name();
  }

  /** With {@code by}, a command's --by: it wins, written as its person's key. */
  static Resolved resolve(Context ctx, Settings settings, Path workspace, String by) {
    return resolve(by, new Live(ctx, workspace), settings.me(), settings.people());
  }

  /** The same, with the sources given (e.g. {@link Live#askingGitNow}). */
  static Resolved resolve(Live sources, Settings settings, String by) {
    return resolve(by, sources, settings.me(), settings.people());
  }

  /**
   * @param personalMe okr.yaml {@code me:}, which the reader keeps only in the personal workspace
   */
  static Resolved resolve(String by, Sources sources, String personalMe, People people) {
    if (by != null) {
      if (by.isBlank()) {
        throw new UsageException("--by: give a name, e.g. --by dana");
      }
      return named(by, Source.BY, Source.BY.label, people);
    }
    String okrUser = blankToNull(sources.okrUser());
    if (okrUser != null) {
      return named(okrUser, Source.OKR_USER, Source.OKR_USER.label, people);
    }
    String config = blankToNull(sources.configMe());
    if (config != null) {
      return named(config, Source.CONFIG, "me: in " + sources.configFile(), people);
    }
    if (blankToNull(personalMe) != null) {
      return named(personalMe, Source.PERSONAL_WORKSPACE, Source.PERSONAL_WORKSPACE.label, people);
    }
    String email = blankToNull(sources.gitEmail());
    if (email != null) {
      String key = people.byEmail(email).orElse(null);
      if (key != null) {
        return new Resolved(key, Source.GIT_EMAIL, Source.GIT_EMAIL.label, email, true);
      }
    }
    String gitName = blankToNull(sources.gitName());
    if (gitName != null) {
      String key = people.byName(gitName).orElse(gitName);
      return new Resolved(
          key, Source.GIT_NAME, Source.GIT_NAME.label, gitName, !key.equals(gitName));
    }
    String user = blankToNull(sources.user());
    if (user != null) {
      return named(user, Source.USER, Source.USER.label, people);
    }
    String logname = blankToNull(sources.logname());
    if (logname != null) {
      return named(logname, Source.LOGNAME, Source.LOGNAME.label, people);
    }
    return new Resolved("me", Source.DEFAULT, Source.DEFAULT.label, null, false);
  }

  private static Resolved named(String value, Source source, String where, People people) {
    String name = people.canonical(value.strip());
    return new Resolved(name, source, where, value, !name.equals(value));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  /** The personal settings file could not be read as it should: its problems, to show. */
  static final class PersonalConfigInvalid extends RuntimeException {
    final transient PersonalConfig.Result result;

    PersonalConfigInvalid(PersonalConfig.Result result) {
      super("the personal settings file has errors", null, false, false);
      this.result = result;
    }
  }

  /** The sources as the environment okr was given has them; git is asked once, if at all. */
  static final class Live implements Sources {
    private static final String GIT_KEYS = "^user\\.(name|email)$";

    private final Context ctx;
    private final Path workspace;
    private java.util.concurrent.CompletableFuture<String> gitAnswer;
    // Read once: askingGitNow looks at it before the load, the resolution after.
    private PersonalConfig.Result config;
    private boolean gitAsked;
    private String gitEmail;
    private String gitName;

    Live(Context ctx, Path workspace) {
      this.ctx = ctx;
      this.workspace = workspace;
    }

    /**
     * Sources for the workspace at {@code workspace} whose git process starts now, on a thread of
     * its own, unless OKR_USER answers first: a command that resolves "me" after reading the
     * workspace (the check-in, before its first question) then does not wait for git's start after
     * it. Git's answer is read only if the sources before it say nothing.
     */
    static Live askingGitNow(Context ctx, Path workspace) {
      Live live = new Live(ctx, workspace);
      if (blankToNull(live.okrUser()) == null && !namedInPersonalConfig(live)) {
        live.gitAnswer = new java.util.concurrent.CompletableFuture<>();
        Meanwhile.completing(
                "okr-git-identity",
                live.gitAnswer,
                () -> git(ctx, live.gitDirectory(), "config", "--get-regexp", GIT_KEYS))
            .start();
      }
      return live;
    }

    /**
     * Whether the personal config's {@code me:} names the user, so that git's answer is not read.
     */
    private static boolean namedInPersonalConfig(Live live) {
      try {
        return blankToNull(live.configMe()) != null;
      } catch (RuntimeException invalid) {
        return true; // asked again when it is needed, which then reports the config's error
      }
    }

    /** Whether git was asked on a thread of its own. */
    boolean askedGitEarly() {
      return gitAnswer != null;
    }

    private Path gitDirectory() {
      return workspace.toFile().isDirectory() ? workspace : ctx.cwd();
    }

    @Override
    public String okrUser() {
      return ctx.env("OKR_USER");
    }

    @Override
    public String configMe() {
      if (config == null) {
        config = PersonalConfig.read(ctx.env());
      }
      if (config.problems().stream().anyMatch(d -> d.severity() == Severity.ERROR)) {
        throw new PersonalConfigInvalid(config);
      }
      return config.me();
    }

    @Override
    public String configFile() {
      return homeRelative(ctx, PersonalConfig.location(ctx.env()));
    }

    @Override
    public String gitEmail() {
      askGit();
      return gitEmail;
    }

    @Override
    public String gitName() {
      askGit();
      return gitName;
    }

    @Override
    public String user() {
      return ctx.env("USER");
    }

    @Override
    public String logname() {
      return ctx.env("LOGNAME");
    }

    private void askGit() {
      if (gitAsked) {
        return;
      }
      gitAsked = true;
      // One process for both keys: each git start costs a few milliseconds.
      String out;
      try {
        out =
            gitAnswer != null
                ? gitAnswer.join()
                : git(ctx, gitDirectory(), "config", "--get-regexp", GIT_KEYS);
      } catch (java.util.concurrent.CompletionException failedOnItsThread) {
        out = git(ctx, gitDirectory(), "config", "--get-regexp", GIT_KEYS);
      }
      if (out == null) {
        return;
      }
      for (String line : out.split("\n")) {
        int space = line.indexOf(' ');
        String key = space < 0 ? line : line.substring(0, space);
        String value = space < 0 ? "" : line.substring(space + 1).strip();
        // git lists every value it finds, the one that wins last.
        if (key.equals("user.email")) {
          gitEmail = value;
        } else if (key.equals("user.name")) {
          gitName = value;
        }
      }
    }
  }

  /** A path under HOME written as ~/…, as people write it. */
  static String homeRelative(Context ctx, Path file) {
    if (file == null) {
      return "~/.config/okr/config.yaml";
    }
    String home = ctx.env("HOME");
    if (home != null && Path.of(home).isAbsolute() && file.startsWith(Path.of(home))) {
      return "~/" + Path.of(home).relativize(file).toString().replace('\\', '/');
    }
    return new okr.render.PathDisplay(ctx.cwd()).showRaw(file);
  }

  /**
   * The git asked on a thread of its own while the workspace loads may still be running when okr
   * ends (an abandoned check-in, a refused workspace): it is ended then, not left behind.
   */
  private static final okr.store.RunningSources RUNNING_GIT = new okr.store.RunningSources();

  static {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(() -> RUNNING_GIT.endAll(Process::destroyForcibly), "okr-end-git"));
  }

  /** Runs git in the environment okr was given (tests give one without git's config). */
  private static String git(Context ctx, Path dir, String... args) {
    if (ctx.env("PATH") == null) {
      return null;
    }
    try {
      java.util.List<String> command = new java.util.ArrayList<>();
      command.add("git");
      command.addAll(java.util.List.of(args));
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(dir.toFile().isDirectory() ? dir.toFile() : null)
              .redirectInput(ProcessBuilder.Redirect.PIPE)
              .redirectError(ProcessBuilder.Redirect.DISCARD);
      builder.environment().clear();
      builder.environment().putAll(ctx.env());
      Process git = RUNNING_GIT.start(builder);
      try {
        git.getOutputStream().close();
        if (!git.waitFor(2, TimeUnit.SECONDS)) {
          git.destroyForcibly();
          return null;
        }
        String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return git.exitValue() == 0 ? out : null;
      } finally {
        RUNNING_GIT.finished(git);
      }
    } catch (IOException | okr.store.RunningSources.Ending e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
