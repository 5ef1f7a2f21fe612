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
   * The measurement of {@code kpi} a source gave. Its id is made from the KPI, the moment and the
   * value, as an imported row's is: pulling the same value for the same moment again, here or in
   * another clone, or importing it with {@code okr record --csv}, names the same entry.
   */
  public static PulledMeasurement of(
      String kpi, SourcePull.Reading reading, String by, Provenance src) {
    NewEntry entry =
        new NewEntry(
                reading.at(), by, EntryKind.KPI, kpi, reading.value(), null, null, null, null, null)
            .withId(MeasurementImport.importedId(kpi, reading.at(), reading.value()));
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
