package okr.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import okr.model.KpiSource;

/**
 * Runs a KPI's source and reads its values: a command's standard output, a CSV file in the
 * workspace, or a JSON document over HTTP. Every way it can go wrong (a timeout, a failing command,
 * something that is not a number, a file outside the workspace) is a {@link Failed} with one line
 * saying what; nothing here decides whether a source may run, which is {@link TrustedSources}'s
 * job.
 */
public final class SourcePull {

  /** More output than this is not a number or a list of them. */
  static final int MAX_BYTES = 1 << 20;

  /**
   * One value and the moment it was measured; {@code dated} when the source said the moment (a
   * {@code date,value} line, a CSV date column), not when it is the moment of the pull.
   */
  public record Reading(OffsetDateTime at, double value, boolean dated) {}

  /** What a source gave: its readings, and the SHA-256 (hex) of the raw output they came from. */
  public record Pulled(List<Reading> readings, String sha256) {}

  /** A source that gave no values; the message is one line. */
  public static final class Failed extends Exception {
    Failed(String message) {
      super(message);
    }
  }

  private SourcePull() {}

  /**
   * Pulls {@code source}.
   *
   * @param root the workspace, where commands run and CSV paths start
   * @param env variables added to the command's environment
   * @param now the time of the pull: a value the source gives without a date is measured then
   */
  public static Pulled pull(
      KpiSource source,
      Path root,
      Map<String, String> env,
      Duration timeout,
      OffsetDateTime now,
      ZoneId zone)
      throws Failed {
    return switch (source.kind()) {
      case COMMAND -> {
        byte[] out = SourceCommand.run(source.command(), root, env, timeout);
        yield new Pulled(lines(utf8(out, "output"), now, zone), sha256(out));
      }
      case CSV -> csv(source, root, now, zone);
      case HTTP -> {
        byte[] body = fetch(source.url(), timeout);
        String text;
        try {
          text = JsonPath.select(utf8(body, "a response"), source.json());
        } catch (JsonPath.Failure e) {
          throw new Failed(e.getMessage());
        }
        yield new Pulled(
            List.of(new Reading(now, number(text, "gave at " + source.json()), false)),
            sha256(body));
      }
    };
  }

  /**
   * A command's output: one number (measured {@code now}), or {@code date,value} lines, one
   * measurement each; blank lines are ignored.
   */
  static List<Reading> lines(String text, OffsetDateTime now, ZoneId zone) throws Failed {
    List<String> lines = text.lines().map(String::strip).toList();
    List<Reading> readings = new ArrayList<>();
    int count = (int) lines.stream().filter(l -> !l.isEmpty()).count();
    if (count == 0) {
      throw new Failed("printed nothing; it should print a number, or `date,value` lines");
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isEmpty()) {
        continue;
      }
      int comma = line.indexOf(',');
      if (comma < 0 && count == 1) {
        readings.add(new Reading(now, number(line, "printed"), false));
        continue;
      }
      String where = "printed on line " + (i + 1);
      if (comma < 0 || line.indexOf(',', comma + 1) >= 0) {
        throw new Failed(where + " " + quoted(line) + ", which is not `date,value`");
      }
      String date = line.substring(0, comma).strip();
      OffsetDateTime at = okr.model.Times.parse(date, zone).orElse(null);
      if (at == null) {
        throw new Failed(where + " " + quoted(date) + ", which is not a date or time");
      }
      readings.add(new Reading(at, number(line.substring(comma + 1).strip(), where), true));
    }
    return readings;
  }

  /**
   * The number {@code text} is, or a failure that reads after the source's description: {@code
   * where} is what the source did, e.g. {@code printed}, {@code printed on line 2}.
   */
  private static double number(String text, String where) throws Failed {
    okr.model.Decimal.Reading reading = okr.model.Decimal.read(text);
    if (!reading.ok()) {
      // The one grammar's own phrase and hint, so pull says what every other reader says.
      throw new Failed(
          where
              + " "
              + quoted(text)
              + ", which "
              + reading.problem().phrase()
              + (reading.plain() == null ? "" : " (write `" + reading.plain() + "`)"));
    }
    return reading.value();
  }

  /** Text to quote in one line: at most 40 characters of it. */
  private static String quoted(String text) {
    return "`" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "`";
  }

  private static byte[] fetch(String url, Duration timeout) throws Failed {
    URI uri;
    try {
      uri = new URI(url);
    } catch (java.net.URISyntaxException e) {
      throw new Failed("is not an address");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme();
    if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
      throw new Failed("is not an http:// or https:// address");
    }
    HttpClient client =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(timeout)
            .header("Accept", "application/json")
            .GET()
            .build();
    CompletableFuture<HttpResponse<byte[]>> response =
        client
            .sendAsync(request, HttpResponse.BodyHandlers.ofInputStream())
            .thenApply(
                r -> {
                  try (InputStream in = r.body()) {
                    byte[] body = in.readNBytes(MAX_BYTES + 1);
                    return new Answer(r, body);
                  } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                  }
                });
    try {
      HttpResponse<byte[]> r = response.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (r.statusCode() / 100 != 2) {
        throw new Failed("answered HTTP " + r.statusCode());
      }
      if (r.body().length > MAX_BYTES) {
        throw new Failed("answered with more than 1 MiB");
      }
      return r.body();
    } catch (TimeoutException e) {
      response.cancel(true);
      throw new Failed("did not answer in " + SourceCommand.seconds(timeout) + " (see --timeout)");
    } catch (ExecutionException e) {
      Throwable cause =
          e.getCause() instanceof java.io.UncheckedIOException u ? u.getCause() : e.getCause();
      if (cause instanceof java.net.http.HttpTimeoutException) {
        throw new Failed(
            "did not answer in " + SourceCommand.seconds(timeout) + " (see --timeout)");
      }
      throw new Failed(
          "could not be fetched: "
              + (cause instanceof IOException io
                  ? IoMessages.describe(io)
                  : String.valueOf(cause)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Failed("was interrupted");
    }
  }

  /** A response with its body read, as a {@code HttpResponse<byte[]>}. */
  private record Answer(HttpResponse<InputStream> response, byte[] body)
      implements HttpResponse<byte[]> {
    @Override
    public int statusCode() {
      return response.statusCode();
    }

    @Override
    public HttpRequest request() {
      return response.request();
    }

    @Override
    public java.util.Optional<HttpResponse<byte[]>> previousResponse() {
      return java.util.Optional.empty();
    }

    @Override
    public java.net.http.HttpHeaders headers() {
      return response.headers();
    }

    @Override
    public URI uri() {
      return response.uri();
    }

    @Override
    public HttpClient.Version version() {
      return response.version();
    }

    @Override
    public java.util.Optional<javax.net.ssl.SSLSession> sslSession() {
      return response.sslSession();
    }
  }

  private static Pulled csv(KpiSource source, Path root, OffsetDateTime now, ZoneId zone)
      throws Failed {
    Path file = root.resolve(source.file()).normalize();
    byte[] bytes;
    try {
      Path realRoot = root.toRealPath();
      if (!file.startsWith(root)) {
        throw new Failed("leaves the workspace; okr reads no file outside it");
      }
      Path real = file.toRealPath();
      if (!real.startsWith(realRoot)) {
        throw new Failed("leaves the workspace; okr reads no file outside it");
      }
      // A FIFO or a device would block the read past any --timeout: only a plain file is data.
      if (!Files.readAttributes(
              real,
              java.nio.file.attribute.BasicFileAttributes.class,
              java.nio.file.LinkOption.NOFOLLOW_LINKS)
          .isRegularFile()) {
        throw new Failed("is not a regular file; okr reads a CSV source only from a plain file");
      }
      if (Files.size(real) > SourceText.MAX_JOURNAL_BYTES) {
        throw new Failed("is over 64 MiB");
      }
      bytes = Files.readAllBytes(real);
    } catch (IOException e) {
      throw new Failed("cannot be read: " + IoMessages.describe(e));
    }
    String text = utf8(bytes, "text");
    List<CsvRows.Row> rows;
    try {
      rows = CsvRows.parse(text.startsWith("\uFEFF") ? text.substring(1) : text);
    } catch (CsvRows.MalformedCsv e) {
      throw new Failed("line " + e.line() + ": " + e.getMessage());
    }
    if (rows.size() < 2) {
      throw new Failed("has no rows under its header");
    }
    List<String> header = rows.get(0).fields().stream().map(String::strip).toList();
    int column = header.indexOf(source.column());
    int date = source.date() == null ? -1 : header.indexOf(source.date());
    for (String name :
        source.date() == null
            ? List.of(source.column())
            : List.of(source.column(), source.date())) {
      if (!header.contains(name)) {
        throw new Failed("has no column `" + name + "` in its first row");
      }
    }
    List<Reading> readings = new ArrayList<>();
    List<CsvRows.Row> body = rows.subList(1, rows.size());
    // Without a date column the file holds today's figure: the last row counts.
    for (CsvRows.Row row : date < 0 ? List.of(body.get(body.size() - 1)) : body) {
      String where = "holds on line " + row.line();
      if (row.fields().size() != header.size()) {
        throw new Failed(
            "line "
                + row.line()
                + ": expected "
                + header.size()
                + " fields, found "
                + row.fields().size());
      }
      OffsetDateTime at = now;
      if (date >= 0) {
        String dateText = row.fields().get(date).strip();
        at = okr.model.Times.parse(dateText, zone).orElse(null);
        if (at == null) {
          throw new Failed(where + " " + quoted(dateText) + ", which is not a date or time");
        }
      }
      readings.add(new Reading(at, number(row.fields().get(column).strip(), where), date >= 0));
    }
    return new Pulled(readings, sha256(bytes));
  }

  private static String utf8(byte[] bytes, String what) throws Failed {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new Failed("gave " + what + " that is not UTF-8 text");
    }
  }

  /** The SHA-256 of {@code bytes}, in lowercase hex. */
  public static String sha256(byte[] bytes) {
    try {
      return java.util.HexFormat.of()
          .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
