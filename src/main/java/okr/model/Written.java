package okr.model;

import java.time.OffsetDateTime;

/**
 * A journal record: when it says it was written, and its id. What the journal is sorted by (the
 * time, then the id), through this interface rather than two method references per sort: each
 * lambda a view meets is linked in the interpreter on every run (docs/architecture.md).
 */
public interface Written {
  String id();

  OffsetDateTime at();
}
