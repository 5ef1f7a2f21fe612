package okr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okr.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every option of every command, taken from the picocli model (so a new option is covered the day
 * it is added), given a value holding ESC, OSC, BEL, C1, bidi and zero-width characters: whatever
 * okr answers, on stdout or stderr, holds none of them raw, names no Java class and is never an
 * internal error.
 */
class HostileArgumentsTest {

  /** Clear screen, an OSC 8 link, an OSC 52 clipboard write, a C1 CSI, bidi, zero-width, BS. */
  static final String NASTY =
      "2026\u001B[2J\u001B]8;;https://evil.example\u0007x\u001B]52;c;ZXZpbA==\u0007"
          + "\u009B31m\u0085\u202Eevil\u202C\u2066i\u2069\u200Bz\u0008";

  /**
   * Arguments that let a command get past its positional parameters, so that the options are read
   * and used, not only parsed. Commands not named here run with their options alone.
   */
  private static final Map<String, List<String>> BASE =
      Map.of(
          "show", List.of("maratona"),
          "checkin", List.of("maratona/climb", "--value", "3000", "--confidence", "7"),
          "record", List.of("weekly-climb", "5800"),
          "close", List.of("2026-Q3", "--yes"),
          "rollover", List.of("maratona", "--to", "2026-Q4", "--yes"),
          "mv", List.of("maratona", "maratona-2", "--yes"),
          "new objective", List.of("--title", "T", "--period", "2026-Q4", "--yes"),
          "new kpi", List.of("--title", "T", "--yes"),
          "new goal", List.of("--title", "T", "--due", "2026-12-31", "--yes"));

  /** Internal commands that start background work or print shell code, not messages. */
  private static final List<String> SKIPPED = List.of("__train");

  private static final java.util.regex.Pattern JAVA =
      java.util.regex.Pattern.compile("java\\.|Exception|\\tat ");

  @TempDir Path tmp;

  @Test
  void noOptionValueReachesTheTerminalRaw() throws Exception {
    List<List<String>> runs = new ArrayList<>();
    collect(OkrCli.detachedTree(), List.of(), runs);
    runs.add(List.of("help", NASTY));
    runs.add(List.of(NASTY));
    assertThat(runs).hasSizeGreaterThan(150);
    List<String> failures = new ArrayList<>();
    int n = 0;
    for (List<String> args : runs) {
      Path ws = tmp.resolve("ws" + n++);
      TestFiles.copyTree(Path.of("examples/maratona"), ws);
      CliRunner.Result result =
          CliRunner.run(
              ws,
              Map.of("NO_COLOR", "1", "OKR_USER", "glen", "OKR_TODAY", "2026-08-20"),
              args.toArray(String[]::new));
      String shown = result.out() + result.err();
      String what = "okr " + String.join(" ", args).replace(NASTY, "NASTY");
      if (!raw(shown).isEmpty()) {
        failures.add(
            what + " printed " + raw(shown) + ": " + okr.render.TerminalText.sanitize(shown));
      }
      if (result.exit() == ExitCode.IO_OR_INTERNAL
          || JAVA.matcher(result.err()).find()
          || result.err().contains("internal error")) {
        failures.add(
            what + " exit " + result.exit() + ": " + okr.render.TerminalText.sanitize(shown));
      }
    }
    assertThat(failures).isEmpty();
  }

  private static void collect(CommandLine cli, List<String> path, List<List<String>> runs) {
    CommandSpec spec = cli.getCommandSpec();
    String name = String.join(" ", path);
    if (SKIPPED.contains(name)) {
      return;
    }
    List<String> base = new ArrayList<>(path);
    base.addAll(BASE.getOrDefault(name, List.of()));
    if (!path.isEmpty()) {
      for (OptionSpec option : spec.options()) {
        if (option.usageHelp() || option.versionHelp()) {
          continue;
        }
        String longest = option.longestName();
        List<String> attached = new ArrayList<>(base);
        attached.add(longest + "=" + NASTY);
        runs.add(attached);
        if (option.arity().max() > 0) {
          List<String> separate = new ArrayList<>(base);
          separate.add(longest);
          separate.add(NASTY);
          runs.add(separate);
        }
      }
      if (!spec.positionalParameters().isEmpty()) {
        List<String> positional = new ArrayList<>(path);
        positional.add(NASTY);
        runs.add(positional);
      }
      List<String> unknown = new ArrayList<>(base);
      unknown.add("--" + NASTY);
      runs.add(unknown);
    }
    for (Map.Entry<String, CommandLine> sub : cli.getSubcommands().entrySet()) {
      List<String> subPath = new ArrayList<>(path);
      subPath.add(sub.getKey());
      collect(sub.getValue(), subPath, runs);
    }
  }

  /** The characters a terminal acts on or hides, as code points "U+XXXX". */
  static List<String> raw(String text) {
    List<String> found = new ArrayList<>();
    text.codePoints()
        .filter(
            cp ->
                (cp < 0x20 && cp != '\n' && cp != '\r' && cp != '\t')
                    || cp == 0x7F
                    || (cp >= 0x80 && cp <= 0x9F)
                    || (cp >= 0x200B && cp <= 0x200F)
                    || (cp >= 0x202A && cp <= 0x202E)
                    || (cp >= 0x2066 && cp <= 0x2069)
                    || (cp >= 0xD800 && cp <= 0xDFFF))
        .distinct()
        .forEach(cp -> found.add(String.format("U+%04X", cp)));
    return found;
  }
}
