package okr.cli;

import java.util.List;
import picocli.CommandLine;

/** The command picocli parses from a command line, as okr runs it: for tests that ask what ran. */
public final class ParsedCommand {

  private ParsedCommand() {}

  /**
   * The top-level command a command line runs ({@code new} for {@code okr new objective}), also
   * when its options are wrong; {@code okr} when none is named and the line does not parse.
   */
  public static String of(List<String> argv) {
    String[] args = argv.toArray(String[]::new);
    CommandLine cli = OkrCli.detachedTree();
    CommandLine ran;
    try {
      List<CommandLine> parsed =
          cli.parseArgs(OkrCli.withDefaultCommand(cli, args)).asCommandLineList();
      ran = parsed.get(parsed.size() - 1);
    } catch (CommandLine.ParameterException e) {
      ran = e.getCommandLine();
    }
    String name = ran.getCommandSpec().qualifiedName(" ");
    String[] words = name.split(" ");
    return words.length > 1 ? words[1] : words[0];
  }
}
