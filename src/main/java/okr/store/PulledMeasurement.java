package okr.store;

import java.time.OffsetDateTime;
import okr.model.EntryKind;
import okr.model.Provenance;

/**
 * A measurement {@code okr pull} took from a KPI's source: the entry, and where it came from as
 * {@code src: {kind: command, pulled: TIME, sha256: HEX}} on the same line.
 */
public record PulledMeasurement(NewEntry entry, Provenance src) implements JournalText {

  /**
   * The measurement of {@code kpi} a source gave. Its id is made from the KPI, the moment, the
   * value and who pulled it, as an imported row's is from the first three: pulling the same value
   * for the same moment again, here or in another clone, names the same entry. Who pulled is part
   * of it because the entry goes to that person's file: a teammate's pull (or CI's) of the same
   * value is an entry of their own, never one id with two different contents after a merge.
   */
  public static PulledMeasurement of(
      String kpi, SourcePull.Reading reading, String by, Provenance src) {
    String id =
        okr.model.EntryId.derived(
            JournalReader.fields(
                "pull", kpi, reading.at().toInstant(), YamlText.number(reading.value()), by),
            1);
    NewEntry entry =
        new NewEntry(
                reading.at(), by, EntryKind.KPI, kpi, reading.value(), null, null, null, null, null)
            .withId(id);
    return new PulledMeasurement(entry, src);
  }

  @Override
  public String id() {
    return entry.id();
  }

  @Override
  public OffsetDateTime at() {
    return entry.at();
  }

  @Override
  public String by() {
    return entry.by();
  }

  @Override
  public String toYaml() {
    return entry
        .line()
        .map(
            "src",
            FlowLine.nested()
                .word("kind", src.kind())
                .time("pulled", src.pulled())
                .word("sha256", src.sha256()))
        .end();
  }
}
