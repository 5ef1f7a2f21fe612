package okr.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A command's manual, made from its picocli model. It is the one text behind the man pages ({@link
 * RoffManual}) and behind {@code okr help COMMAND} and {@code --help} ({@link TextManual}), so the
 * two cannot say different things.
 */
record Manual(String name, List<Section> sections) {

  record Section(String title, List<Block> blocks) {}

  /** A piece of a section: prose that flows, an example line kept as typed, or a term. */
  sealed interface Block permits Paragraph, Example, Item {}

  record Paragraph(String text) implements Block {}

  record Example(String line) implements Block {}

  /** A term (an option's names, say) with an optional placeholder and what it means. */
  record Item(String term, String placeholder, String text) implements Block {}

  /** The page name of a command: okr, okr-checkin, okr-new-objective. */
  static String pageName(CommandSpec spec) {
    return spec.qualifiedName("-");
  }

  static Manual of(CommandLine commandLine) {
    CommandSpec spec = commandLine.getCommandSpec();
    String name = pageName(spec);
    List<Section> sections = new ArrayList<>();
    String summary = first(spec.usageMessage().header(), first(spec.usageMessage().description()));
    sections.add(new Section("NAME", List.of(new Paragraph(name + " - " + summary))));
    sections.add(new Section("SYNOPSIS", List.of(new Paragraph(synopsis(spec)))));
    sections.add(new Section("DESCRIPTION", description(spec)));
    if (!spec.positionalParameters().isEmpty()) {
      List<Block> arguments = new ArrayList<>();
      for (PositionalParamSpec p : spec.positionalParameters()) {
        arguments.add(new Item(p.paramLabel(), "", String.join(" ", p.description())));
      }
      sections.add(new Section("ARGUMENTS", arguments));
    }
    List<Block> commands = new ArrayList<>();
    spec.subcommands()
        .forEach(
            (subName, sub) -> {
              if (!sub.getCommandSpec().usageMessage().hidden()) {
                String header = first(sub.getCommandSpec().usageMessage().header());
                commands.add(new Item(subName, "", header));
              }
            });
    if (!commands.isEmpty()) {
      sections.add(new Section("COMMANDS", commands));
    }
    List<Block> options = new ArrayList<>();
    for (OptionSpec option : spec.options()) {
      if (!option.hidden()) {
        options.add(
            new Item(
                String.join(", ", option.names()),
                option.arity().max() > 0 ? option.paramLabel() : "",
                optionText(option)));
      }
    }
    sections.add(new Section("OPTIONS", options));
    sections.add(
        new Section(
            "EXIT STATUS",
            List.of(
                new Item("0", "", "Success."),
                new Item("1", "", "The goal files have errors (or warnings, with --strict)."),
                new Item("2", "", "Usage error."),
                new Item("3", "", "I/O or internal error."),
                new Item("130", "", "Stopped by the user (Ctrl-C) at a prompt."))));
    String seeAlso =
        spec.parent() == null
            ? "okr-status(1), okr-checkin(1), okr-check(1); okr help COMMAND"
            : "okr(1)";
    sections.add(new Section("SEE ALSO", List.of(new Paragraph(seeAlso))));
    return new Manual(name, List.copyOf(sections));
  }

  private static String synopsis(CommandSpec spec) {
    return new CommandLine.Help(spec).synopsis(0).replaceAll("\\s+", " ").strip();
  }

  /**
   * The description (or the header, if there is none): lines of prose flow into paragraphs, a blank
   * line ends one, and lines indented by two spaces are examples kept as typed.
   */
  private static List<Block> description(CommandSpec spec) {
    List<Block> blocks = new ArrayList<>();
    if (spec.usageMessage().description().length == 0) {
      for (String line : spec.usageMessage().header()) {
        blocks.add(new Paragraph(line));
      }
    }
    StringBuilder prose = new StringBuilder();
    for (String line : spec.usageMessage().description()) {
      if (line.isBlank() || line.startsWith("  ")) {
        flush(prose, blocks);
        if (!line.isBlank()) {
          blocks.add(new Example(line.strip()));
        }
      } else {
        prose.append(prose.length() == 0 ? "" : " ").append(line.strip());
      }
    }
    flush(prose, blocks);
    return blocks;
  }

  private static void flush(StringBuilder prose, List<Block> blocks) {
    if (prose.length() > 0) {
      blocks.add(new Paragraph(prose.toString()));
      prose.setLength(0);
    }
  }

  private static String optionText(OptionSpec option) {
    String text = String.join(" ", option.description());
    text = text.replace("${DEFAULT-VALUE}", String.valueOf(option.defaultValue()));
    if (option.completionCandidates() != null) {
      List<String> words = new ArrayList<>();
      option.completionCandidates().forEach(words::add);
      text = text.replace("${COMPLETION-CANDIDATES}", String.join(", ", words));
    }
    return text;
  }

  private static String first(String[] lines) {
    return first(lines, "");
  }

  private static String first(String[] lines, String fallback) {
    return lines.length == 0 ? fallback : lines[0];
  }
}
