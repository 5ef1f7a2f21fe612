package okr.render;

import java.nio.file.Path;
import java.util.Optional;

/** The text of a line of a file, as read when the workspace was loaded. */
@FunctionalInterface
public interface SourceLines {
  Optional<String> line(Path file, int line);
}
