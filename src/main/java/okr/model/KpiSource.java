package okr.model;

/**
 * Where a KPI measures itself ({@code source:} in its file): a command printing a number or {@code
 * date,value} lines, a column of a CSV file in the workspace, or a value in a JSON document fetched
 * over HTTP. {@link #text()} is what a person allows with {@code okr trust}: any change to it needs
 * a new allow.
 *
 * @param command the shell command (kind COMMAND)
 * @param file the CSV file, relative to the workspace (kind CSV)
 * @param column the CSV column holding the values (kind CSV)
 * @param date the CSV column holding the dates, or null for one value measured today (kind CSV)
 * @param url the address fetched (kind HTTP)
 * @param json the path of the value in the JSON document, {@code $.a.b[0].c} (kind HTTP)
 */
public record KpiSource(
    Kind kind,
    String command,
    String file,
    String column,
    String date,
    String url,
    String json,
    SourceSpan span) {

  /** The three kinds of source. */
  public enum Kind {
    COMMAND("command"),
    CSV("csv"),
    HTTP("http");

    private final String key;

    Kind(String key) {
      this.key = key;
    }

    /** The key that names the kind in a KPI file and in the journal's {@code src:}. */
    public String key() {
      return key;
    }
  }

  public static KpiSource command(String command, SourceSpan span) {
    return new KpiSource(Kind.COMMAND, command, null, null, null, null, null, span);
  }

  public static KpiSource csv(String file, String column, String date, SourceSpan span) {
    return new KpiSource(Kind.CSV, null, file, column, date, null, null, span);
  }

  public static KpiSource http(String url, String json, SourceSpan span) {
    return new KpiSource(Kind.HTTP, null, null, null, null, url, json, span);
  }

  /** Whether pulling it runs something a clone brought (a command, or a request to an address). */
  public boolean runs() {
    return kind != Kind.CSV;
  }

  /**
   * The source as one text, every part named, as {@code okr trust} keys it: two sources with the
   * same text do the same thing.
   */
  public String text() {
    return switch (kind) {
      case COMMAND -> "command: " + command;
      case CSV -> "csv: " + file + "\ncolumn: " + column + (date == null ? "" : "\ndate: " + date);
      case HTTP -> "http: " + url + (json == null ? "" : "\njson: " + json);
    };
  }

  /** A few words for a person: {@code command `curl …`}, {@code csv data/x.csv}. */
  public String describe() {
    return switch (kind) {
      case COMMAND -> "command `" + command + "`";
      case CSV -> "csv " + file;
      case HTTP -> "http " + url;
    };
  }
}
