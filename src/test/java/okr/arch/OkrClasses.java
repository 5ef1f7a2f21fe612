package okr.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** okr's main classes, read once per test run: every architecture test checks the same code. */
final class OkrClasses {

  private static JavaClasses classes;

  private OkrClasses() {}

  static synchronized JavaClasses main() {
    if (classes == null) {
      classes =
          new ClassFileImporter()
              .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
              .importPackages("okr");
    }
    return classes;
  }
}
