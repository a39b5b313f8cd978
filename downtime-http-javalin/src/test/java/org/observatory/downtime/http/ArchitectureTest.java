package org.observatory.downtime.http;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;

/** The shape of the HTTP adapter: packages without cycles, the core reached through its ports only. */
class ArchitectureTest {

  private static final String ROOT = "org.observatory.downtime.http";

  // Each package of the adapter is one slice, the root package (server, settings, services) included.
  private static final SliceAssignment PACKAGES = new SliceAssignment() {
    @Override
    public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
      String name = javaClass.getPackageName();
      if (!name.startsWith(ROOT)) {
        return SliceIdentifier.ignore();
      }
      String rest = name.substring(ROOT.length());
      return SliceIdentifier.of(rest.isEmpty() ? "http" : rest.substring(1).split("\\.")[0]);
    }

    @Override
    public String getDescription() {
      return "the packages of " + ROOT;
    }
  };

  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages(ROOT);

  @Test
  void packagesOfTheAdapter_haveNoCycles() {
    slices().assignedFrom(PACKAGES).should().beFreeOfCycles().check(MAIN);
  }

  @Test
  void adapter_usesTheCoreThroughItsPortsAndModel_neverItsServices() {
    noClasses().that().resideInAPackage("org.observatory.downtime.http..")
        .should().dependOnClassesThat().resideInAPackage("org.observatory.downtime.core.service..")
        .check(MAIN);
  }

  @Test
  void names_sayWhatThingsAre() {
    noClasses().that().resideInAPackage("org.observatory.downtime.http..")
        .should().haveSimpleNameContaining("Feature").orShould().haveSimpleNameContaining("Added")
        .orShould().haveSimpleNameContaining("Store").orShould().haveSimpleNameContaining("Failures")
        .orShould().haveSimpleNameContaining("Adapters").orShould().resideInAPackage("..feature..")
        .check(MAIN);
  }
}
