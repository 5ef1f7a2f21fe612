package okr.model;

import java.nio.file.Path;
import java.util.List;

/** The keys every goal file shares. */
public record Header(
    Kind kind,
    String id,
    String title,
    String owner,
    String team,
    List<String> tags,
    String notes,
    Path file,
    List<String> lintIgnore) {

  public Header {
    tags = List.copyOf(tags);
    lintIgnore = List.copyOf(lintIgnore);
  }

  /** A header without lint_ignore, as okr writes new files. */
  public Header(
      Kind kind,
      String id,
      String title,
      String owner,
      String team,
      List<String> tags,
      String notes,
      Path file) {
    this(kind, id, title, owner, team, tags, notes, file, List.of());
  }
}
