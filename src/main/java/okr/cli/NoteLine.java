package okr.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one optional line of notes a check-in asks for per key result: {@code p:} progress, {@code
 * n:} next (plans), {@code x:} problems, several on one line separated by {@code ;} or {@code |};
 * text before the first prefix is progress. A prefix is lowercase and counts only at the start of
 * the line or right after a separator, because anywhere else it reads as a sentence ({@code Project
 * X: shipped}, {@code ratio 3 x: 4}) and a note must never lose or move the user's words.
 */
record NoteLine(String progress, String plans, String problems) {

  private static final Pattern PREFIX = Pattern.compile("(?:^|[;|])[ \\t]*([pnx]):(?=\\s|$)");

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
          switch (m.group(1).charAt(0)) {
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
