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
    Path file) {

  public Header {
    tags = List.copyOf(tags);
  }
}
