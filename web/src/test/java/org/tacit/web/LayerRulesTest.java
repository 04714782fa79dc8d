package org.tacit.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pages, view beans and resources talk to the business module only through its application layer.
 */
class LayerRulesTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importTheWebClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.tacit.web");
  }

  @Test
  void theWebLayerImportsNoAdapter() {
    noClasses()
        .that()
        .resideInAPackage("org.tacit.web..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.tacit.infrastructure..")
        .because("persistence, files and PDF rendering sit behind the application services")
        .check(classes);
  }

  @Test
  void theWebLayerUsesNoCapabilitysInternals() {
    noClasses()
        .that()
        .resideInAPackage("org.tacit.web..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.tacit.application..internal..")
        .because("a capability's implementations are reached through its interface")
        .check(classes);
  }
}
