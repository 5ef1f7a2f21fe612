package okr.check;

import java.time.LocalDate;
import java.util.List;
import okr.model.Diagnostic;
import okr.model.KeyResult;
import okr.model.Objective;
import okr.model.Workspace;

/** Key results must be outcomes, measurable, and specific. */
final class KeyResultQualityRules implements WorkspaceRule {

  @Override
  public void check(Workspace ws, LocalDate today, List<Diagnostic> out) {
    var activities = new Quality.Activities(ws.settings().lint().activityVerbs());
    for (Objective o : ws.objectives()) {
      for (KeyResult kr : o.keyResults()) {
        if (kr.title() == null) {
          continue;
        }
        String ref = o.id() + "/" + kr.id();
        String activity = activities.in(kr.title());
        if (activity != null) {
          out.add(
              Diagnostic.warning(
                  "kr-is-activity",
                  kr.spans().at("title"),
                  "`" + ref + "` describes an activity (" + activity + "), not an outcome",
                  "describe the result, not the work: what will be true, and by how much, when it is done"));
        }
        String output = Quality.output(kr.title());
        if (output != null) {
          out.add(
              Diagnostic.hint(
                  "output-not-outcome",
                  kr.spans().at("title"),
                  "`" + ref + "` counts work delivered (" + output + "), not the change it causes",
                  "restate it as the outcome the work should bring, e.g. \"Grow sign-ups from the"
                      + " blog from 200 to 300 a month\" rather than \"Write 10 blog posts\""));
        }
        if (!kr.isMilestone()
            && kr.target() != null
            && (kr.unit() == null || kr.unit().isBlank())) {
          out.add(
              Diagnostic.warning(
                  "kr-not-measurable",
                  kr.spans().self(),
                  "`" + ref + "` has a target but no unit, so its numbers say nothing on their own",
                  "add `unit:`, e.g. %, points, customers, km"));
        }
        if (kr.isMilestone() && Quality.describesWork(kr.title())) {
          out.add(
              Diagnostic.warning(
                  "kr-not-measurable",
                  kr.spans().at("title"),
                  "milestone `"
                      + ref
                      + "` describes work under way, so nobody can tell when it is done",
                  "name the state at the end, e.g. \"Website relaunched with the new pricing\""));
        }
        String vague = Quality.vagueWord(kr.title());
        if (vague != null) {
          out.add(
              Diagnostic.warning(
                  "kr-vague",
                  kr.spans().at("title"),
                  "`" + ref + "` says \"" + vague + "\" but not how much",
                  "put the number in the title, e.g. \"Decrease support calls by 50%\""));
        }
      }
    }
  }
}
