package okr.golden;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs okr in a child JVM as user 65534 (nobody). Root reads and writes whatever the permission
 * bits say, so a case about an unreadable file or a read-only workspace would prove nothing
 * in-process when the tests run as root (as they do in containers and often in CI). The child runs
 * the real {@code okr.Main}: no fixed clock, so such cases pass {@code --today}.
 */
final class Unprivileged {

  static final int NOBODY = 65534;

  private Unprivileged() {}

  /** Whether this process ignores permissions: files it creates belong to uid 0. */
  static boolean isRoot(Path someFileOfOurs) throws IOException {
    return ((Integer) Files.getAttribute(someFileOfOurs, "unix:uid")) == 0;
  }

  static boolean available() {
    return new File("/usr/bin/setpriv").canExecute();
  }

  /**
   * Hands the workspace to nobody, as if it were their own, and makes the folders above it and a
   * copy of the classpath reachable; /root (where Maven keeps jars) is not.
   */
  static void handOver(Path temp, Path workspace) throws IOException {
    for (Path p = workspace.getParent(); p.startsWith(temp); p = p.getParent()) {
      Files.setPosixFilePermissions(
          p, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    try (Stream<Path> walk = Files.walk(workspace)) {
      for (Path p : walk.toList()) {
        Files.setAttribute(p, "unix:uid", NOBODY, LinkOption.NOFOLLOW_LINKS);
        Files.setAttribute(p, "unix:gid", NOBODY, LinkOption.NOFOLLOW_LINKS);
      }
    }
  }

  /** The test JVM's classpath, copied where nobody can read it. */
  static String classpath(Path temp) throws IOException {
    Path dir = temp.resolve("classpath");
    List<String> entries = new ArrayList<>();
    if (!Files.exists(dir)) {
      Files.createDirectories(dir);
    }
    int i = 0;
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path from = Path.of(entry);
      Path to = dir.resolve(i++ + "-" + from.getFileName());
      if (!Files.exists(to)) {
        if (Files.exists(from)) {
          okr.TestFiles.copyTree(from, to);
        }
      }
      entries.add(to.toString());
    }
    return String.join(File.pathSeparator, entries);
  }

  record Result(int exit, String stdout, String stderr) {}

  static Result run(Path temp, Path cwd, Map<String, String> env, List<String> args)
      throws IOException, InterruptedException {
    String classpath = classpath(temp);
    List<String> command = new ArrayList<>();
    command.addAll(
        List.of(
            "/usr/bin/setpriv",
            "--reuid=" + NOBODY,
            "--regid=" + NOBODY,
            "--clear-groups",
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-XX:-UsePerfData",
            "-XX:TieredStopAtLevel=1",
            "-cp",
            classpath,
            "okr.Main"));
    command.addAll(args);
    Path out = temp.resolve("child.out");
    Path err = temp.resolve("child.err");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(cwd.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    builder.environment().clear();
    builder.environment().putAll(env);
    int exit = builder.start().waitFor();
    return new Result(
        exit,
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
