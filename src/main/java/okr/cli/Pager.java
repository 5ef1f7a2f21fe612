package okr.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Long help through a pager, as git does: only when okr runs at a real terminal (never into a pipe
 * or in tests), with {@code OKR_PAGER}, else {@code PAGER}, else {@code less}; {@code LESS}
 * defaults to {@code FRX} (quit when it fits one screen, keep colours, leave the text on screen).
 * An empty pager or {@code cat} prints directly, and so does a pager that cannot start.
 */
final class Pager {

  private Pager() {}

  static void show(Context ctx, String text, boolean noPager) {
    String pager = pagerOf(ctx);
    if (noPager || !ctx.systemTerminal() || pager.isBlank() || pager.strip().equals("cat")) {
      ctx.out().print(text);
      return;
    }
    ctx.out().flush();
    ProcessBuilder builder = new ProcessBuilder("sh", "-c", pager);
    if (ctx.env("LESS") == null) {
      builder.environment().put("LESS", "FRX");
    }
    builder.redirectOutput(ProcessBuilder.Redirect.INHERIT);
    builder.redirectError(ProcessBuilder.Redirect.INHERIT);
    try {
      Process process = builder.start();
      try (OutputStream in = process.getOutputStream()) {
        in.write(text.getBytes(StandardCharsets.UTF_8));
      } catch (IOException quitEarly) {
        // The person left the pager before reading it all: that is fine.
      }
      process.waitFor();
    } catch (IOException cannotStart) {
      ctx.out().print(text);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String pagerOf(Context ctx) {
    String pager = ctx.env("OKR_PAGER");
    if (pager == null) {
      pager = ctx.env("PAGER");
    }
    return pager == null ? "less" : pager;
  }
}
