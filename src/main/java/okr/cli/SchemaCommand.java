package okr.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    header = "Print the JSON Schema (draft-07) of goal files, for editors.",
    description = {
      "  okr schema > okr.schema.json",
      "Editors with the YAML language server then complete and check keys in files that start",
      "with `# yaml-language-server: $schema=okr.schema.json` (okr init and okr new write it)."
    })
final class SchemaCommand implements Callable<Integer> {

  static final String RESOURCE = "/okr/goal-file.schema.json";

  private final Context ctx;

  SchemaCommand(Context ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() throws IOException {
    ctx.out().print(text());
    return ExitCode.OK;
  }

  static String text() throws IOException {
    try (InputStream in = SchemaCommand.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IOException("the schema is missing from this build of okr");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
