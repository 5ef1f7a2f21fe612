package okr.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one optional line of notes a check-in asks for per key result: {@code p:} progress, {@code
 * n:} next (plans), {@code x:} problems, several on one line; text before the first prefix is
 * progress. A prefix counts only at the start of the line or after a space, so {@code 10:30} or
 * {@code http://} inside a note stay text.
 */
record NoteLine(String progress, String plans, String problems) {

  private static final Pattern PREFIX = Pattern.compile("(?i)(?:^|(?<=\\s))([pnx]):(?=\\s|$)");

  static NoteLine parse(String line) {
    StringBuilder progress = new StringBuilder();
    StringBuilder plans = new StringBuilder();
    StringBuilder problems = new StringBuilder();
    Matcher m = PREFIX.matcher(line);
    StringBuilder into = progress;
    int from = 0;
    while (m.find()) {
      append(into, line.substring(from, m.start()));
      into =
          switch (Character.toLowerCase(m.group(1).charAt(0))) {
            case 'n' -> plans;
            case 'x' -> problems;
            default -> progress;
          };
      from = m.end();
    }
    append(into, line.substring(from));
    return new NoteLine(orNull(progress), orNull(plans), orNull(problems));
  }

  /** A prefix said twice adds to what it said before, as a new sentence part. */
  private static void append(StringBuilder into, String text) {
    String part = text.strip();
    if (part.isEmpty()) {
      return;
    }
    if (into.length() > 0) {
      into.append("; ");
    }
    into.append(part);
  }

  private static String orNull(StringBuilder text) {
    return text.length() == 0 ? null : text.toString();
  }
}
