package okr.golden;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One golden transcript: the workspace files it needs, the command line, and what a person sees:
 * exit code, stdout and stderr. Sections start with a line {@code --- name [argument]}:
 *
 * <pre>
 * # what this case shows
 * --- file okr.yaml          (a file of the workspace; "file64" takes base64 for raw bytes;
 *                            \\xNN and \\u{XXXX} in a file or folder name stand for characters)
 * --- cwd examples/acme      (run in a project folder instead of a temp folder)
 * --- env NAME=value          (\\xNN and \\u{XXXX} in the value, as in stdin, name characters)
 *                             ({cwd} in the value is the case's folder, as an absolute path)
 * --- mkdir NAME             (an empty folder)
 * --- symlink NAME TARGET    (a symbolic link; TARGET is written as given, e.g. ../x or /etc)
 * --- repeat NAME COUNT      (appends its one line COUNT times to NAME: "\n" is a newline and
 *                             {n} the repetition 1..COUNT; for inputs too large to paste)
 * --- sparse NAME BYTES      (a file of that size with nothing written: no byte is stored)
 * --- chmod MODE NAME        (e.g. 000 or 555, applied after everything else; as root the case
 *                             then runs as an unprivileged user, see GoldenTranscriptTest)
 * --- commit DATE AUTHOR     (commits the files of the sections above, as they are there, in
 *                             a git repository made in the case's folder, by AUTHOR at DATE
 *                             (ISO 8601, e.g. 2026-10-05T10:00:00Z); the body, if any, is the
 *                             message; \\xNN in AUTHOR names characters. okr then runs with
 *                             PATH, so it can run git, and without the machine's git config)
 * --- show FILE              (what the command appended to FILE, whose old bytes must stay)
 * --- after FILE             (FILE as it is after the run, whole; for files a command edits;
 *                             may be repeated)
 * --- args
 * check --format json
 * --- exit 1
 * --- stdout
 * --- stderr
 * </pre>
 */
final class GoldenCase {

  final Path source;
  final List<String> description = new ArrayList<>();
  final Map<String, byte[]> files = new LinkedHashMap<>();
  final Map<String, String> env = new LinkedHashMap<>();
  final List<String> dirs = new ArrayList<>();
  final Map<String, String> symlinks = new LinkedHashMap<>();
  final Map<String, Long> sparse = new LinkedHashMap<>();
  final Map<String, String> chmods = new LinkedHashMap<>();

  /** A commit of the files declared before it, as they were then. */
  record Commit(String date, String author, String message, Map<String, byte[]> files) {}

  final List<Commit> commits = new ArrayList<>();

  /** The setup sections exactly as written, so that updating expectations keeps them. */
  private final StringBuilder setup = new StringBuilder();

  String cwd;

  /** A folder (e.g. an example) copied into the temp folder the case runs in. */
  String copy;

  /** A file of the workspace whose content after the run is appended to stdout. */
  String show;

  /** Files a command edited, each appended to stdout whole as it is after the run. */
  final List<String> after = new ArrayList<>();

  /** Typed input for a case run at a terminal; {@code \xNN} stands for a control key. */
  String stdin;

  /**
   * Whether the case's command may write ({@code --- writes}). Every other case must leave each
   * byte, link and folder of its workspace as it was; the harness checks the declaration against
   * the command picocli actually parses, so an argument that happens to be a command's name ({@code
   * --note close}) can neither turn the check off nor on.
   */
  boolean writes;

  String args = "";
  int exit;
  String stdout = "";
  String stderr = "";

  private GoldenCase(Path source) {
    this.source = source;
  }

  static GoldenCase parse(Path source) throws java.io.IOException {
    GoldenCase c = new GoldenCase(source);
    String section = null;
    String argument = null;
    StringBuilder body = new StringBuilder();
    String text = Files.readString(source, StandardCharsets.UTF_8);
    if (text.endsWith("\n")) {
      text = text.substring(0, text.length() - 1);
    }
    for (String line : text.split("\n", -1)) {
      if (line.startsWith("--- ")) {
        c.store(section, argument, body.toString());
        String[] head = line.substring(4).split(" ", 2);
        section = head[0];
        argument = head.length > 1 ? head[1].strip() : null;
        body.setLength(0);
      } else if (section == null) {
        if (!line.isBlank()) {
          c.description.add(line);
        }
      } else {
        body.append(line).append('\n');
      }
    }
    c.store(section, argument, body.toString());
    return c;
  }

  private static final java.util.Set<String> EXPECTATIONS =
      java.util.Set.of("args", "stdin", "exit", "stdout", "stderr");

  private void store(String section, String argument, String body) {
    if (section == null) {
      return;
    }
    if (!EXPECTATIONS.contains(section)) {
      setup.append("--- ").append(section);
      if (argument != null) {
        setup.append(' ').append(argument);
      }
      setup.append('\n').append(body);
    }
    switch (section) {
      case "file" -> files.put(unescape(argument), body.getBytes(StandardCharsets.UTF_8));
      case "file64" -> files.put(unescape(argument), Base64.getMimeDecoder().decode(body.strip()));
      case "cwd" -> cwd = argument;
      case "copy" -> copy = argument;
      case "show" -> show = argument;
      case "after" -> after.add(unescape(argument));
      case "env" -> {
        String[] pair = argument.split("=", 2);
        env.put(pair[0], pair.length > 1 ? unescape(pair[1]) : "");
      }
      case "mkdir" -> dirs.add(unescape(argument));
      case "symlink" -> {
        String[] pair = argument.split(" ", 2);
        symlinks.put(pair[0], pair[1]);
      }
      case "repeat" -> {
        String[] pair = argument.split(" ", 2);
        files.merge(pair[0], repeated(body, Integer.parseInt(pair[1])), GoldenCase::concat);
      }
      case "sparse" -> {
        String[] pair = argument.split(" ", 2);
        sparse.put(pair[0], Long.parseLong(pair[1]));
      }
      case "chmod" -> {
        String[] pair = argument.split(" ", 2);
        chmods.put(pair[1], pair[0]);
      }
      case "commit" -> {
        String[] dateAndAuthor = argument.split(" ", 2);
        commits.add(
            new Commit(
                dateAndAuthor[0],
                unescape(dateAndAuthor[1]),
                body.isBlank() ? "change" : body,
                new LinkedHashMap<>(files)));
      }
      case "writes" -> writes = true;
      case "args" -> args = body.strip();
      case "stdin" -> stdin = body;
      case "exit" -> exit = Integer.parseInt(argument);
      case "stdout" -> stdout = body;
      case "stderr" -> stderr = body;
      default -> throw new IllegalArgumentException(source + ": unknown section --- " + section);
    }
  }

  /** The case with new expectations, keeping everything else as written. */
  String render(int newExit, String newStdout, String newStderr) {
    StringBuilder out = new StringBuilder();
    description.forEach(d -> out.append(d).append('\n'));
    out.append(setup);
    out.append("--- args\n").append(args).append('\n');
    if (stdin != null) {
      out.append("--- stdin\n").append(stdin);
    }
    out.append("--- exit ").append(newExit).append('\n');
    out.append("--- stdout\n").append(newStdout);
    out.append("--- stderr\n").append(newStderr);
    return out.toString();
  }

  /** One line repeated: {@code \n} stands for a newline, {@code {n}} for the repetition. */
  private static byte[] repeated(String body, int count) {
    String line = body.endsWith("\n") ? body.substring(0, body.length() - 1) : body;
    line = line.replace("\\n", "\n");
    StringBuilder out = new StringBuilder();
    for (int n = 1; n <= count; n++) {
      out.append(line.replace("{n}", Integer.toString(n)));
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /** The typed input as bytes, with {@code \\xNN} escapes turned into the keys they stand for. */
  byte[] stdinBytes() {
    return stdin == null ? new byte[0] : unescape(stdin).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * {@code \\xNN} and {@code \\u{XXXX}} as the characters they name, so that a case can hold a
   * control key or a bidi override without the case file itself holding one.
   */
  static String unescape(String text) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("\\\\x([0-9A-Fa-f]{2})|\\\\u\\{([0-9A-Fa-f]{1,6})}")
            .matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, "");
      out.appendCodePoint(Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2), 16));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Splits the command line like a shell would for simple quoting: "a b" and 'a b'. */
  List<String> argv() {
    List<String> argv = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean inWord = false;
    char quote = 0;
    for (char ch : args.toCharArray()) {
      if (quote != 0) {
        if (ch == quote) {
          quote = 0;
        } else {
          current.append(ch);
        }
      } else if (ch == '"' || ch == '\'') {
        quote = ch;
        inWord = true;
      } else if (Character.isWhitespace(ch)) {
        if (inWord) {
          argv.add(current.toString());
          current.setLength(0);
          inWord = false;
        }
      } else {
        current.append(ch);
        inWord = true;
      }
    }
    if (inWord) {
      argv.add(current.toString());
    }
    // \\xNN and \\u{XXXX} name characters here too, so a case can pass a hostile argument
    argv.replaceAll(GoldenCase::unescape);
    if (!argv.isEmpty() && argv.get(0).equals("okr")) {
      argv.remove(0);
    }
    return argv;
  }
}
