package okr.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceLocatorTest {

  @TempDir Path temp;

  @Test
  void findsOkrYamlInTheFolderOrAParent() throws Exception {
    Path ws = Files.createDirectories(temp.resolve("ws"));
    Files.writeString(ws.resolve("okr.yaml"), "name: x\n");
    Path deep = Files.createDirectories(ws.resolve("teams/support"));
    assertThat(WorkspaceLocator.locate(deep, null, Map.of()).root()).isEqualTo(ws);
    assertThat(WorkspaceLocator.locate(ws, null, Map.of()).root()).isEqualTo(ws);
  }

  @Test
  void dashCStartsTheSearchElsewhere() throws Exception {
    Path ws = Files.createDirectories(temp.resolve("ws"));
    Files.writeString(ws.resolve("okr.yaml"), "");
    Files.createDirectories(ws.resolve("sub"));
    Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
    assertThat(WorkspaceLocator.locate(elsewhere, "../ws/sub", Map.of()).root()).isEqualTo(ws);
  }

  @Test
  void okrDirNamesTheWorkspace() throws Exception {
    Path ws = Files.createDirectories(temp.resolve("named"));
    Path cwd = Files.createDirectories(temp.resolve("cwd"));
    Files.writeString(cwd.resolve("okr.yaml"), "");
    assertThat(WorkspaceLocator.locate(cwd, null, Map.of("OKR_DIR", ws.toString())).root())
        .isEqualTo(ws);
  }

  @Test
  void dashCWinsOverOkrDir() throws Exception {
    Path a = Files.createDirectories(temp.resolve("a"));
    Files.writeString(a.resolve("okr.yaml"), "");
    Path b = Files.createDirectories(temp.resolve("b"));
    assertThat(WorkspaceLocator.locate(temp, "a", Map.of("OKR_DIR", b.toString())).root())
        .isEqualTo(a);
  }

  @Test
  void withoutAWorkspaceThePersonalOneIsUsed() {
    Path cwd = temp.resolve("nothing-here");
    assertThat(
            WorkspaceLocator.locate(
                    temp, null, Map.of("XDG_DATA_HOME", "/data", "HOME", "/home/glen"))
                .root())
        .isEqualTo(Path.of("/data/okr"));
    assertThat(WorkspaceLocator.locate(temp, null, Map.of("HOME", "/home/glen")).root())
        .isEqualTo(Path.of("/home/glen/.local/share/okr"));
    // A relative XDG_DATA_HOME is invalid by the XDG spec and ignored.
    assertThat(
            WorkspaceLocator.locate(temp, null, Map.of("XDG_DATA_HOME", "rel", "HOME", "/h"))
                .root())
        .isEqualTo(Path.of("/h/.local/share/okr"));
    assertThat(cwd).doesNotExist();
  }

  @Test
  void aMissingFolderIsAUsageError() {
    assertThatThrownBy(() -> WorkspaceLocator.locate(temp, "nope", Map.of()))
        .hasMessage("-C nope: no such folder");
    assertThatThrownBy(() -> WorkspaceLocator.locate(temp, null, Map.of("OKR_DIR", "gone")))
        .hasMessage("OKR_DIR=gone: no such folder");
  }
}
