package okr.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package edges of docs/architecture.md: data flows one way, I/O stays at the edges. */
class PackageEdgesTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = OkrClasses.main();
  }

  @Test
  void modelDependsOnNothingOfOurs() {
    noClasses()
        .that()
        .resideInAPackage("okr.model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "okr.cli..",
            "okr.store..",
            "okr.check..",
            "okr.scoring..",
            "okr.reports..",
            "okr.render..",
            "okr.prompt..",
            "tools.jackson..",
            "picocli..",
            "org.jline..")
        .check(classes);
  }

  @Test
  void pureLayersDoNoIoAndKnowNoParsers() {
    noClasses()
        .that()
        .resideInAnyPackage("okr.check..", "okr.scoring..", "okr.reports..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "okr.cli..",
            "okr.store..",
            "okr.render..",
            "okr.prompt..",
            "tools.jackson..",
            "picocli..",
            "org.jline..",
            "java.nio.file.attribute..")
        .check(classes);
  }

  /** Pure layers take the day as an argument: a clock read would make a report untestable. */
  @Test
  void pureLayersNeverReadTheClockOrTheFileSystem() {
    noClasses()
        .that()
        .resideInAnyPackage("okr.model..", "okr.check..", "okr.scoring..", "okr.reports..")
        .should()
        .callMethodWhere(
            com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                    com.tngtech.archunit.core.domain.properties.HasName.Predicates.name("now"))
                .and(
                    com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                        com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                            com.tngtech.archunit.base.DescribedPredicate.describe(
                                "in java.time",
                                (com.tngtech.archunit.core.domain.JavaClass c) ->
                                    c.getPackageName().equals("java.time"))))))
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.time.Clock")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.nio.file.Files")
        .orShould()
        .dependOnClassesThat()
        .resideInAnyPackage("java.io..")
        .check(classes);
  }

  /**
   * Reports sit on scoring and are read by render and cli: nothing below them may know them, so a
   * view's record is computed once, above the rules and below the printers.
   */
  @Test
  void reportsAreBuiltOnScoringNotUnderIt() {
    noClasses()
        .that()
        .resideInAnyPackage("okr.model..", "okr.store..", "okr.check..", "okr.scoring..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("okr.reports..")
        .check(classes);
  }

  /**
   * Commands parse, call and render: the computations a view shows (a check-in's walk, close
   * coaching, a rollover's plan, the lineage) live in okr.reports, so cli holds no planner and no
   * coach of its own.
   */
  @Test
  void cliHoldsNoPlanOrCoaching() {
    noClasses()
        .that()
        .resideInAPackage("okr.cli..")
        .should()
        .haveSimpleNameEndingWith("Plan")
        .orShould()
        .haveSimpleNameEndingWith("Coaching")
        .orShould()
        .haveSimpleNameEndingWith("Lineage")
        .check(classes);
  }

  /**
   * Printers only format: they read scored records (statuses, scorecards, reports) and never call
   * what computes a score, a band, a progress or a replay. Reading a type's success threshold
   * ({@code Bands.successAt}) to print it is fine; asking Bands for a band is not.
   */
  @Test
  void renderComputesNoScore() {
    noClasses()
        .that()
        .resideInAPackage("okr.render..")
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("okr.scoring.Scorer")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("okr.scoring.KpiScorer")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("okr.scoring.Progress")
        .orShould()
        .callMethodWhere(
            com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                    com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo(
                            okr.scoring.Bands.class)))
                .and(
                    com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                        com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching(
                            "grade|colour|pace|kpi|<init>|of"))))
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("okr.scoring.JournalView")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("okr.scoring.LatestCheckin")
        .check(classes);
  }

  /** The alignment tree is laid out once, in reports; commands and printers only ask for it. */
  @Test
  void onlyReportsLayOutTheAlignmentTree() {
    noClasses()
        .that()
        .resideInAnyPackage("okr.render..", "okr.cli..")
        .should()
        .callMethod(okr.model.Objective.class, "alignsTo")
        .orShould()
        .callMethod(okr.model.SmartGoal.class, "alignsTo")
        .because("who aligns to what is computed in okr.reports (AlignmentTree, Alignment)")
        .allowEmptyShould(true)
        .check(
            classes.that(
                com.tngtech.archunit.base.DescribedPredicate.not(
                    com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching(
                        "okr\\.(cli\\.(Mv|NewGoal|NewObjective|Rollover)Command|render\\.(JsonParts|ShowView|TreeFormats)).*"))));
  }

  @Test
  void onlyStoreReadsYamlAndOnlyRenderWritesJson() {
    noClasses()
        .that()
        .resideOutsideOfPackages("okr.store..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("tools.jackson.dataformat.yaml..", "org.snakeyaml..")
        .check(classes);
    noClasses()
        .that()
        .resideOutsideOfPackages("okr.store..", "okr.render..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("tools.jackson..")
        .check(classes);
  }

  @Test
  void storeAndRenderDoNotReachUpIntoTheCli() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "okr.store..", "okr.render..", "okr.check..", "okr.scoring..", "okr.reports..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("okr.cli..", "picocli..")
        .check(classes);
  }

  @Test
  void onlyPromptAndRenderUseJline() {
    noClasses()
        .that()
        .resideOutsideOfPackages("okr.prompt..", "okr.render..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.jline..")
        .allowEmptyShould(true)
        .check(classes);
  }
}
