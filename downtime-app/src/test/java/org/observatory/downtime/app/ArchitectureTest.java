package org.observatory.downtime.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The hexagon's rules (DESIGN §1), checked on the production classes of every module. */
class ArchitectureTest {

  private static final String ROOT = "org.observatory.downtime";
  private static final String[] ADAPTERS = {ROOT + ".persistence..", ROOT + ".configdb..", ROOT + ".portal..",
      ROOT + ".http..", ROOT + ".cli..", ROOT + ".recurrence..", ROOT + ".sun..",
      ROOT + ".webhooks.."};

  private static JavaClasses production;

  @BeforeAll
  static void importProductionClasses() {
    // Test classes live in test-classes folders and in the core's test-jar; neither is production code.
    ImportOption productionOnly = location -> !location.contains("/test-classes/") && !location.contains("-tests.jar");
    production = new ClassFileImporter().withImportOption(productionOnly).importPackages(ROOT);
  }

  @Test
  void everyModuleIsOnTheClassPath() {
    assertThat(production.stream().map(javaClass -> javaClass.getPackageName()).distinct())
        .anyMatch(name -> name.startsWith(ROOT + ".core"))
        .anyMatch(name -> name.startsWith(ROOT + ".persistence"))
        .anyMatch(name -> name.startsWith(ROOT + ".configdb"))
        .anyMatch(name -> name.startsWith(ROOT + ".portal"))
        .anyMatch(name -> name.startsWith(ROOT + ".http"))
        .anyMatch(name -> name.startsWith(ROOT + ".cli"))
        .anyMatch(name -> name.startsWith(ROOT + ".recurrence"))
        .anyMatch(name -> name.startsWith(ROOT + ".sun"))
        .anyMatch(name -> name.startsWith(ROOT + ".webhooks"))
        .anyMatch(name -> name.startsWith(ROOT + ".app"));
  }

  @Test
  void core_dependsOnTheJavaPlatformOnly() {
    classes().that().resideInAPackage(ROOT + ".core..")
        .should().onlyDependOnClassesThat().resideInAnyPackage(ROOT + ".core..", "java..", "javax.crypto..")
        .check(production);
  }

  @Test
  void adapters_neverDependOnOneAnother() {
    slices().matching(ROOT + ".(persistence|configdb|portal|http|cli|recurrence|sun|webhooks)..")
        .should().notDependOnEachOther()
        .check(production);
  }

  @Test
  void adapters_useThePortsNeverTheServices() {
    noClasses().that().resideInAnyPackage(ADAPTERS)
        .should().dependOnClassesThat().resideInAPackage(ROOT + ".core.service..")
        .because("adapters drive the core through its use cases (core.port.in); only the composition root builds services")
        .check(production);
  }

  @Test
  void onlyTheApp_dependsOnAdapters() {
    noClasses().that().resideInAPackage(ROOT + ".core..")
        .should().dependOnClassesThat().resideInAnyPackage(ADAPTERS)
        .check(production);
  }

  @Test
  void nothing_dependsOnTheApp() {
    noClasses().that().resideOutsideOfPackage(ROOT + ".app..")
        .should().dependOnClassesThat().resideInAPackage(ROOT + ".app..")
        .check(production);
  }

  @Test
  void staticFields_areFinal() {
    fields().that().areStatic().and().areDeclaredInClassesThat().resideInAPackage(ROOT + "..")
        .should().beFinal()
        .because("there is no static mutable state; instances are wired in the composition root")
        .check(production);
  }
}
