package okr.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Man pages in roff, made from the same {@link Manual} as `okr help` and `--help`: okr(1) and one
 * page per command, okr-checkin(1) and so on. The build runs {@link #main} to write them into the
 * distribution.
 */
public final class ManPages {

  private ManPages() {}

  /** Writes okr.1 and okr-COMMAND.1 into the folder given as the one argument. */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    Files.createDirectories(dir);
    write(OkrCli.detachedTree(), dir);
  }

  /** The page of a command and of each command under it: okr-new.1, okr-new-kpi.1 and so on. */
  private static void write(CommandLine command, Path dir) throws IOException {
    CommandSpec spec = command.getCommandSpec();
    if (spec.usageMessage().hidden() || spec.name().equals("help")) {
      return;
    }
    Files.writeString(
        dir.resolve(Manual.pageName(spec) + ".1"), page(command), StandardCharsets.UTF_8);
    for (CommandLine sub : command.getSubcommands().values()) {
      write(sub, dir);
    }
  }

  static String page(CommandLine cl) {
    return RoffManual.render(Manual.of(cl));
  }
}
