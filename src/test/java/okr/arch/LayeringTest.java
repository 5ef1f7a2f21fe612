package okr.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole layering of docs/architecture.md, as one table: which of okr's packages each package
 * may use. {@link PackageEdgesTest} adds what a table of packages cannot say (no clock, no files,
 * which libraries where).
 */
class LayeringTest {

  /**
   * Computing types of the layers below render that a printer may still use, each for a reason:
   * Bands to print a type's success threshold ({@code successAt}; asking it for a band is refused
   * by {@link PackageEdgesTest#renderComputesNoScore}).
   */
  private static final Set<String> READ_BY_RENDER = Set.of("okr.scoring.Bands");

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = OkrClasses.main();
  }

  @Test
  void eachPackageUsesOnlyThePackagesBelowIt() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("main")
        .definedBy("okr")
        .layer("cli")
        .definedBy("okr.cli..")
        .layer("prompt")
        .definedBy("okr.prompt..")
        .layer("render")
        .definedBy("okr.render..")
        .layer("reports")
        .definedBy("okr.reports..")
        .layer("check")
        .definedBy("okr.check..")
        .layer("scoring")
        .definedBy("okr.scoring..")
        .layer("store")
        .definedBy("okr.store..")
        .layer("model")
        .definedBy("okr.model..")
        .whereLayer("main")
        .mayOnlyAccessLayers("cli")
        .whereLayer("cli")
        .mayOnlyAccessLayers("prompt", "render", "reports", "check", "scoring", "store", "model")
        .whereLayer("prompt")
        .mayNotAccessAnyLayer()
        // render prints results: a check's diagnostics, scored records, laid-out reports
        .whereLayer("render")
        .mayOnlyAccessLayers("reports", "check", "scoring", "model")
        .whereLayer("reports")
        .mayOnlyAccessLayers("scoring", "model")
        // a quality rule asks scoring whether a KPI is stale rather than define staleness again
        .whereLayer("check")
        .mayOnlyAccessLayers("scoring", "model")
        .whereLayer("scoring")
        .mayOnlyAccessLayers("model")
        .whereLayer("store")
        .mayOnlyAccessLayers("model")
        .whereLayer("model")
        .mayNotAccessAnyLayer()
        .check(classes);
  }

  /**
   * Render reads only records: of the layers it prints, it uses the results (records, enums and the
   * interfaces they implement), never a class that computes them: not a scorer, not Progress, not
   * the period calendar, not a check rule, not a report's builder other than the record it returns.
   * Records may carry derived values (a scorecard's average, a period's length), computed in their
   * own package; what a printer shows is the record's word.
   */
  @Test
  void renderReadsOnlyRecords() {
    noClasses()
        .that()
        .resideInAPackage("okr.render..")
        .should()
        .dependOnClassesThat(COMPUTING)
        .because("a printer formats results; computing them is the job of the layers below")
        .check(classes);
  }

  /**
   * Records of scoring and reports are built by their static {@code of} (a report from a workspace,
   * a pace from a progress): a printer is handed the built record and never builds one itself.
   */
  @Test
  void renderBuildsNoReport() {
    noClasses()
        .that()
        .resideInAPackage("okr.render..")
        .should()
        .callMethodWhere(
            DescribedPredicate.describe(
                "a static of(…) of okr.scoring or okr.reports",
                (com.tngtech.archunit.core.domain.JavaMethodCall call) ->
                    call.getTarget().getName().equals("of")
                        && call.getTarget()
                            .getOwner()
                            .getPackageName()
                            .matches("okr\\.(scoring|reports)(\\..*)?")
                        && call.getTarget().resolveMember().stream()
                            .anyMatch(
                                m ->
                                    m.getModifiers()
                                        .contains(
                                            com.tngtech.archunit.core.domain.JavaModifier.STATIC))))
        .allowEmptyShould(true)
        .check(classes);
  }

  /**
   * A printer is given what it prints: it never holds the workspace or the settings, the inputs
   * every computation starts from.
   */
  @Test
  void renderNeverSeesTheWorkspace() {
    noClasses()
        .that()
        .resideInAPackage("okr.render..")
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("okr.model.Workspace")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("okr.model.Settings")
        .check(classes);
  }

  private static final DescribedPredicate<JavaClass> COMPUTING =
      DescribedPredicate.describe(
          "compute (a class of okr.model, okr.scoring, okr.reports or okr.check that is not a"
              + " record, an enum or an interface)",
          c ->
              c.getPackageName().matches("okr\\.(model|scoring|reports|check)(\\..*)?")
                  && !c.isRecord()
                  && !c.isEnum()
                  && !c.isInterface()
                  && !isPartOfRecordOrEnum(c)
                  && !READ_BY_RENDER.contains(c.getName()));

  /** An enum constant's body or a record's lambda is the record's, compiled apart. */
  private static boolean isPartOfRecordOrEnum(JavaClass c) {
    return c.getEnclosingClass()
        .map(outer -> (outer.isRecord() || outer.isEnum()) && c.isAnonymousClass())
        .orElse(false);
  }
}
