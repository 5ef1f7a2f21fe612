package okr.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package edges of docs/architecture.md: data flows one way, I/O stays at the edges. */
class PackageEdgesTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("okr");
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
        .resideInAnyPackage("okr.check..", "okr.scoring..")
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
        .resideInAnyPackage("okr.store..", "okr.render..", "okr.check..", "okr.scoring..")
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
