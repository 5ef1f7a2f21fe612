package okr.golden;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import okr.model.Diagnostic;
import okr.store.LoadResult;
import okr.store.WorkspaceLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * `okr schema` and the loader must agree: every goal file of the examples and of the golden cases
 * is valid by the schema exactly when the loader finds nothing wrong with its shape. Files with
 * problems below the schema's reach (encoding, YAML constructs, number notation, dates) are left
 * out: JSON Schema sees only the parsed values.
 */
class SchemaAgreementTest {

  /** Rules about the shape of a file: what a JSON Schema can express. */
  private static final Set<String> SHAPE =
      Set.of(
          "missing-kind",
          "unknown-kind",
          "unknown-key",
          "missing-key",
          "wrong-type",
          "invalid-value",
          "invalid-id");

  /** Rules about what lies beneath the parsed values, which a schema cannot see. */
  private static final Set<String> BELOW_SCHEMA =
      Set.of(
          "encoding",
          "file-too-large",
          "unreadable",
          "yaml-syntax",
          "yaml-anchor",
          "yaml-alias",
          "yaml-merge-key",
          "yaml-tag",
          "yaml-multi-doc",
          "nesting-too-deep",
          "duplicate-key",
          "empty-file",
          "invalid-number",
          "invalid-date");

  private static JsonSchema schema;
  private static final YAMLMapper YAML = new YAMLMapper();

  @TempDir Path temp;

  @BeforeAll
  static void loadSchema() throws Exception {
    try (InputStream in =
        SchemaAgreementTest.class.getResourceAsStream("/okr/goal-file.schema.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
    }
  }

  @Test
  void schemaAndLoaderAgreeOnEveryExampleAndCase() throws Exception {
    List<Path> workspaces =
        new ArrayList<>(
            List.of(
                Path.of("examples/acme"),
                Path.of("examples/maratona"),
                Path.of("examples/personal")));
    try (Stream<Path> cases = Files.walk(GoldenTranscriptTest.CASES)) {
      for (Path file : cases.filter(p -> p.toString().endsWith(".test")).sorted().toList()) {
        GoldenCase c = GoldenCase.parse(file);
        if (c.files.isEmpty()) {
          continue;
        }
        Path ws = Files.createTempDirectory(temp, "case");
        for (var entry : c.files.entrySet()) {
          Path target = ws.resolve(entry.getKey());
          Files.createDirectories(target.getParent());
          Files.write(target, entry.getValue());
        }
        workspaces.add(ws);
      }
    }
    int compared = 0;
    int rejected = 0;
    for (Path ws : workspaces) {
      LoadResult loaded = WorkspaceLoader.load(ws);
      Path root = loaded.workspace().root();
      for (Path file : loaded.files()) {
        Path relative = root.relativize(file);
        if (relative.toString().equals("okr.yaml") || relative.startsWith("checkins")) {
          continue;
        }
        List<Diagnostic> own =
            loaded.problems().stream().filter(d -> file.equals(d.span().file())).toList();
        if (own.stream().anyMatch(d -> BELOW_SCHEMA.contains(d.rule()))) {
          continue;
        }
        boolean loaderAccepts = own.stream().noneMatch(d -> SHAPE.contains(d.rule()));
        String json = YAML.readTree(Files.readString(file, StandardCharsets.UTF_8)).toString();
        boolean schemaAccepts = schema.validate(json, InputFormat.JSON).isEmpty();
        assertThat(schemaAccepts)
            .as(
                "schema and loader agree on %s (loader: %s; schema: %s)",
                file, own, schema.validate(json, InputFormat.JSON))
            .isEqualTo(loaderAccepts);
        compared++;
        if (!loaderAccepts) {
          rejected++;
        }
      }
    }
    assertThat(compared).isGreaterThan(80);
    assertThat(rejected).isGreaterThan(8);
  }
}
