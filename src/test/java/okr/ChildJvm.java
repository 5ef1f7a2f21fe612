package okr;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of a Java class run in a child JVM on the tests' class path: for tests that kill
 * okr, race several at once, or limit what it may write, which one JVM cannot do.
 */
public final class ChildJvm {

  private ChildJvm() {}

  /** {@code java ... mainClass args}, started quickly (C1 only, the serial collector). */
  public static List<String> command(Class<?> mainClass, String... args) {
    List<String> command = new ArrayList<>();
    command.addAll(
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC",
            "-cp",
            System.getProperty("java.class.path"),
            mainClass.getName()));
    command.addAll(List.of(args));
    return command;
  }

  /** The command line of okr itself in a child JVM. */
  public static List<String> okr(String... args) {
    return command(Main.class, args);
  }
}
