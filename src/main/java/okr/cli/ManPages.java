package okr.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Man pages in roff, made from the same picocli model as `--help`: okr(1) and one page per command,
 * okr-checkin(1) and so on. The build runs {@link #main} to write them into the distribution.
 */
public final class ManPages {

  private ManPages() {}

  /** Writes okr.1 and okr-COMMAND.1 into the folder given as the one argument. */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    Files.createDirectories(dir);
    CommandLine root =
        OkrCli.commandLine(
            new Context(
                System.in,
                System.out,
                System.err,
                Map.of(),
                java.time.Clock.systemUTC(),
                Path.of("."),
                false));
    Files.writeString(dir.resolve("okr.1"), page(root, "okr"), StandardCharsets.UTF_8);
    for (Map.Entry<String, CommandLine> sub : root.getSubcommands().entrySet()) {
      if (!sub.getValue().getCommandSpec().usageMessage().hidden()
          && !sub.getKey().equals("help")) {
        Files.writeString(
            dir.resolve("okr-" + sub.getKey() + ".1"),
            page(sub.getValue(), "okr-" + sub.getKey()),
            StandardCharsets.UTF_8);
      }
    }
  }

  static String page(CommandLine cl, String name) {
    CommandSpec spec = cl.getCommandSpec();
    StringBuilder out = new StringBuilder();
    out.append(".TH ")
        .append(name.toUpperCase(java.util.Locale.ROOT))
        .append(" 1 \"\" \"okr\" \"okr manual\"\n");
    out.append(".SH NAME\n")
        .append(escape(name))
        .append(" \\- ")
        .append(
            escape(
                first(spec.usageMessage().header(), first(spec.usageMessage().description(), ""))))
        .append('\n');
    out.append(".SH SYNOPSIS\n.B ").append(escape(spec.qualifiedName(" "))).append('\n');
    String synopsis = new CommandLine.Help(spec).synopsis(0).replaceAll("\\s+", " ").strip();
    if (synopsis.startsWith(spec.qualifiedName(" "))) {
      synopsis = synopsis.substring(spec.qualifiedName(" ").length()).strip();
    }
    out.append(escape(synopsis)).append('\n');
    out.append(".SH DESCRIPTION\n");
    for (String line : spec.usageMessage().header()) {
      out.append(escape(line)).append("\n.PP\n");
    }
    for (String line : spec.usageMessage().description()) {
      // Examples (indented lines) keep their own lines; prose lines flow.
      if (line.isBlank()) {
        out.append(".PP\n");
      } else if (line.startsWith("  ")) {
        out.append(".br\n\\ \\ ").append(escape(line.strip())).append("\n.br\n");
      } else {
        out.append(escape(line)).append('\n');
      }
    }
    if (!spec.positionalParameters().isEmpty()) {
      out.append(".SH ARGUMENTS\n");
      for (PositionalParamSpec p : spec.positionalParameters()) {
        out.append(".TP\n.I ")
            .append(escape(p.paramLabel()))
            .append('\n')
            .append(escape(String.join(" ", p.description())))
            .append('\n');
      }
    }
    if (!spec.subcommands().isEmpty()) {
      out.append(".SH COMMANDS\n");
      for (Map.Entry<String, CommandLine> sub : spec.subcommands().entrySet()) {
        if (!sub.getValue().getCommandSpec().usageMessage().hidden()) {
          out.append(".TP\n.B ")
              .append(escape(sub.getKey()))
              .append('\n')
              .append(escape(first(sub.getValue().getCommandSpec().usageMessage().header(), "")))
              .append('\n');
        }
      }
    }
    out.append(".SH OPTIONS\n");
    for (OptionSpec option : spec.options()) {
      if (option.hidden()) {
        continue;
      }
      out.append(".TP\n.B ").append(escape(String.join(", ", option.names())));
      if (option.arity().max() > 0) {
        out.append(" \\fI").append(escape(option.paramLabel())).append("\\fR");
      }
      out.append('\n')
          .append(
              escape(
                  String.join(" ", option.description())
                      .replace("${DEFAULT-VALUE}", String.valueOf(option.defaultValue()))
                      .replace("${COMPLETION-CANDIDATES}", candidates(option))))
          .append('\n');
    }
    out.append(
        ".SH EXIT STATUS\n0 success; 1 the goal files have errors (or warnings, with \\-\\-strict); 2 usage error; 3 I/O or internal error; 130 stopped at a prompt.\n");
    out.append(".SH SEE ALSO\n");
    out.append(name.equals("okr") ? "okr\\-status(1), okr\\-checkin(1), okr\\-check(1)" : "okr(1)")
        .append('\n');
    return out.toString();
  }

  private static String candidates(OptionSpec option) {
    if (option.completionCandidates() == null) {
      return "";
    }
    List<String> words = new java.util.ArrayList<>();
    option.completionCandidates().forEach(words::add);
    return String.join(", ", words);
  }

  private static String first(String[] lines, String fallback) {
    return lines.length == 0 ? fallback : lines[0];
  }

  /** roff: backslashes and leading dots or quotes would be read as requests. */
  private static String escape(String text) {
    String escaped = text.replace("\\", "\\e").replace("-", "\\-");
    return escaped.startsWith(".") || escaped.startsWith("'") ? "\\&" + escaped : escaped;
  }
}
