package okr.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import okr.prompt.Abandoned;
import okr.prompt.Prompter;
import okr.render.TerminalText;

/** Questions with defaults and checked answers, shared by the `okr new` wizards and init. */
final class Wizard {

  private final Prompter prompter;

  Wizard(Prompter prompter) {
    this.prompter = prompter;
  }

  Prompter prompter() {
    return prompter;
  }

  void say(String line) {
    prompter.say(line);
  }

  /** Free text; Enter keeps the default (which may be null: then the answer is optional). */
  String text(String question, String fallback) throws Abandoned {
    String shown = fallback == null ? "" : " [" + TerminalText.sanitize(fallback) + "]";
    String answer = prompter.ask(question + shown + ": ");
    return answer.isEmpty() ? fallback : answer;
  }

  String required(String question) throws Abandoned {
    return prompter.askUntil(question + ": ", a -> a.isEmpty() ? "  this one is needed" : null);
  }

  String choice(String question, List<String> words, String fallback) throws Abandoned {
    String answer =
        prompter.askUntil(
            question
                + ", "
                + String.join(" or ", words)
                + (fallback == null ? "" : " [" + fallback + "]")
                + ": ",
            a ->
                a.isEmpty() && fallback != null || words.contains(a.toLowerCase(Locale.ROOT))
                    ? null
                    : "  answer one of: " + String.join(", ", words));
    return answer.isEmpty() ? fallback : answer.toLowerCase(Locale.ROOT);
  }

  /** A number; null when optional and left empty. */
  Double number(String question, boolean optional) throws Abandoned {
    String answer =
        prompter.askUntil(
            question + (optional ? " (optional)" : "") + ": ",
            a ->
                a.isEmpty() && optional
                    ? null
                    : ValueText.number(a).problem() == null
                        ? null
                        : "  write a plain number, e.g. 70 or 4.5");
    return answer.isEmpty() ? null : ValueText.number(answer).number();
  }

  LocalDate date(String question, boolean optional) throws Abandoned {
    String answer =
        prompter.askUntil(
            question + " (YYYY-MM-DD" + (optional ? ", optional" : "") + "): ",
            a -> {
              if (a.isEmpty() && optional) {
                return null;
              }
              try {
                LocalDate.parse(a);
                return null;
              } catch (DateTimeParseException e) {
                return "  write a date as YYYY-MM-DD, e.g. 2026-12-31";
              }
            });
    return answer.isEmpty() ? null : LocalDate.parse(answer);
  }

  boolean confirm(String question) throws Abandoned {
    return prompter.confirm(question, true);
  }
}
