package okr.store;

import java.time.OffsetDateTime;
import okr.model.EntryKind;
import okr.model.Provenance;

/**
 * A measurement {@code okr pull} took from a KPI's source: the entry, and where it came from as
 * {@code src: {kind: command, pulled: TIME, sha256: HEX}} on the same line.
 */
public record PulledMeasurement(NewEntry entry, Provenance src, boolean dated)
    implements JournalText {

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
    return new PulledMeasurement(entry, src, reading.dated());
  }

  /**
   * Of {@code pulled}, what {@code ws}'s journal does not hold yet, as it would be appended now;
   * called again under the workspace lock, so two pulls at once record a value once.
   *
   * <ul>
   *   <li>An entry whose id the journal holds (live or taken back) is already recorded.
   *   <li>A value measured at the pull's moment (no date from the source) is already recorded when
   *       the KPI's latest measurement of that day has the same value: pulling an unchanged source
   *       again adds nothing.
   *   <li>Otherwise it is the KPI's latest value: when a measurement of the KPI is at or after the
   *       pull's moment (two pulls within a second, a fixed clock), it is measured a second after
   *       that one, so every view takes it as the latest.
   * </ul>
   */
  public static java.util.List<PulledMeasurement> unrecorded(
      java.util.List<PulledMeasurement> pulled, okr.model.Workspace ws, java.time.ZoneId zone) {
    java.util.Set<String> ids = new java.util.HashSet<>();
    ws.journal().forEach(e -> ids.add(e.id()));
    ws.retracted().forEach(e -> ids.add(e.id()));
    java.util.Map<String, NewEntry> latest = new java.util.HashMap<>();
    java.util.List<PulledMeasurement> fresh = new java.util.ArrayList<>();
    for (PulledMeasurement m : pulled) {
      NewEntry e = m.entry();
      if (m.dated()) {
        if (ids.add(m.id())) {
          fresh.add(m);
        }
        continue;
      }
      NewEntry last = latest.get(e.ref());
      okr.model.JournalEntry recorded = latestOf(ws, e.ref());
      OffsetDateTime lastAt = last != null ? last.at() : recorded == null ? null : recorded.at();
      Double lastValue = last != null ? last.value() : recorded == null ? null : recorded.value();
      if (ids.contains(m.id())
          || lastAt != null
              && lastValue != null
              && lastValue.doubleValue() == e.value()
              && lastAt
                  .atZoneSameInstant(zone)
                  .toLocalDate()
                  .equals(e.at().atZoneSameInstant(zone).toLocalDate())) {
        continue;
      }
      PulledMeasurement made = m;
      if (lastAt != null && !lastAt.isBefore(e.at())) {
        made =
            of(
                e.ref(),
                new SourcePull.Reading(
                    lastAt.plusSeconds(1).withOffsetSameInstant(e.at().getOffset()),
                    e.value(),
                    false),
                e.by(),
                m.src());
      }
      ids.add(made.id());
      latest.put(e.ref(), made.entry());
      fresh.add(made);
    }
    return fresh;
  }

  /** The KPI's latest live measurement, by the journal's order (time, then id). */
  private static okr.model.JournalEntry latestOf(okr.model.Workspace ws, String kpi) {
    okr.model.JournalEntry latest = null;
    for (okr.model.JournalEntry j : ws.journal()) {
      if (j.kind() == EntryKind.KPI && kpi.equals(ws.currentOf(j)) && j.value() != null) {
        if (latest == null
            || j.at().isAfter(latest.at())
            || j.at().isEqual(latest.at()) && j.id().compareTo(latest.id()) > 0) {
          latest = j;
        }
      }
    }
    return latest;
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
