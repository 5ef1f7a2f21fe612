package okr.prompt;

import java.util.List;

/** Questions to a person at a terminal. Every text shown must already be sanitized. */
public interface Prompter extends AutoCloseable {

  /** Shows a line of text. */
  void say(String line);

  /** Asks for one line; returns "" when the person just presses Enter. */
  String ask(String prompt) throws Abandoned;

  /**
   * Asks for text that may span lines: each Enter starts a new line, and an empty line ends the
   * text. Returns "" when the first line is empty.
   */
  String askLines(String prompt) throws Abandoned;

  /** A yes/no question; Enter takes the default. */
  boolean confirm(String question, boolean defaultYes) throws Abandoned;

  /** The prompter's terminal width, for laying out what it shows. */
  int width();

  @Override
  void close();

  /** Keeps asking until {@code parse} accepts the answer; it returns an error message or null. */
  default String askUntil(String prompt, java.util.function.Function<String, String> problem)
      throws Abandoned {
    while (true) {
      String answer = ask(prompt);
      String error = problem.apply(answer);
      if (error == null) {
        return answer;
      }
      say(error);
    }
  }

  /** Lines shown together. */
  default void say(List<String> lines) {
    lines.forEach(this::say);
  }
}
