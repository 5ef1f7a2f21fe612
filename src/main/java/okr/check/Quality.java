package okr.check;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The wording tests behind the quality rules: activities, vague words, end states. */
final class Quality {

  /** Words that promise change without saying how much; fine when a number says it. */
  private static final Pattern VAGUE =
      Pattern.compile(
          "\\b(improv\\w*|streamlin\\w*|updat\\w*|better|more|optimi[sz]\\w*|enhanc\\w*|increas\\w*"
              + "|decreas\\w*|reduc\\w*|boost\\w*|maximi[sz]\\w*|minimi[sz]\\w*|grow\\w*|strengthen\\w*)\\b");

  /**
   * Verbs of work in progress: a milestone titled so has no end state to verify. Vague verbs
   * (update, improve) are the kr-vague rule's, so one title draws one warning.
   */
  private static final List<String> PROCESS_VERBS =
      List.of(
          "work",
          "start",
          "begin",
          "continue",
          "try",
          "plan",
          "research",
          "explore",
          "look",
          "discuss",
          "prepare",
          "draft",
          "investigate",
          "consider",
          "review");

  private static final Pattern NUMBER = Pattern.compile("\\d");

  /**
   * A vague word followed by what the change is made of ("Update the website with new tools and
   * automation"): specific enough, as the source material's improved key results show.
   */
  private static final Pattern MEANS = Pattern.compile("\\s(with|using|through|by adding)\\s+\\S");

  /**
   * A count of things produced, right after a verb of making: "Write 10 blog posts", "Hold 3
   * workshops". The number counts outputs; the outcome is what they should change.
   */
  private static final Pattern OUTPUT =
      Pattern.compile(
          "^(?:write|publish|post|send|launch|ship|release|build|create|produce|hold|host|run"
              + "|organi[sz]e|deliver|make|record|give|complete|finish|do|conduct)\\s+"
              + "(\\d[\\d,.]*\\s+\\p{L}.*)$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A number with a unit or percentage after it: "70 points", "5%", "4,230 m", "€5,000". */
  private static final Pattern AMOUNT =
      Pattern.compile("(\\d[\\d,.]*\\s?(%|[\\p{L}€$£]+))|([€$£]\\s?\\d)");

  private Quality() {}

  /**
   * The activity verbs of a workspace's settings, each compiled once per check rather than once per
   * key result title (on 10,000 goal files compiling them was a fifth of the rules' time).
   */
  static final class Activities {
    private final List<String> verbs;
    private final List<String> lowered;
    private final List<Pattern> inflected;

    Activities(List<String> verbs) {
      this.verbs = List.copyOf(verbs);
      this.lowered = verbs.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList();
      this.inflected =
          lowered.stream()
              .map(v -> Pattern.compile(Pattern.quote(v) + "(s|es|ed|d|ing)\\b.*"))
              .toList();
    }

    /** The activity a title starts with, if it describes work rather than a result. */
    String in(String title) {
      String lower = title.strip().toLowerCase(Locale.ROOT);
      for (int i = 0; i < verbs.size(); i++) {
        String v = lowered.get(i);
        if (lower.startsWith(v)
            && (lower.length() == v.length()
                || lower.startsWith(" ", v.length())
                || inflected.get(i).matcher(lower).matches())) {
          return verbs.get(i);
        }
      }
      return null;
    }
  }

  /** The first vague word of a title that has no number to make it specific. */
  static String vagueWord(String title) {
    String lower = title.toLowerCase(Locale.ROOT);
    if (NUMBER.matcher(lower).find()) {
      return null;
    }
    var m = VAGUE.matcher(lower);
    if (!m.find()) {
      return null;
    }
    return MEANS.matcher(lower.substring(m.end())).find() ? null : m.group(1);
  }

  /** The outputs a key result counts ("10 blog posts"), if its title counts work delivered. */
  static String output(String title) {
    var m = OUTPUT.matcher(title.strip());
    return m.find() ? m.group(1) : null;
  }

  static boolean hasNumber(String title) {
    return NUMBER.matcher(title).find();
  }

  /** Whether a milestone title describes work under way rather than a state at the end. */
  static boolean describesWork(String title) {
    String first = title.strip().toLowerCase(Locale.ROOT).split("[\\s,]+")[0];
    return PROCESS_VERBS.contains(first);
  }

  /** Whether an objective's title reads like a key result: an amount with a unit. */
  static boolean readsLikeKeyResult(String title) {
    var m = AMOUNT.matcher(title);
    while (m.find()) {
      String unit = m.group(2);
      String number = m.group(1) == null ? "" : m.group(1).replaceAll("\\D", "");
      // "2026-Q4" or "in 2027" are dates, not amounts.
      if (unit != null && unit.matches("[A-Z]\\d*")
          || number.length() == 4 && number.startsWith("20")) {
        continue;
      }
      return true;
    }
    return false;
  }
}
