package org.tacit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers of the business module, as the package-info files state them: the domain and the text
 * bundle stand alone, adapters serve the application without knowing it, and each capability of the
 * application keeps its {@code internal} package to itself.
 */
class LayerRulesTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importTheMainClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.tacit");
  }

  @Test
  void theDomainKnowsNoApplicationAdapterOrContainer() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAPackage("org.tacit.domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "org.tacit.application..",
                "org.tacit.infrastructure..",
                "jakarta.ejb..",
                "jakarta.enterprise..",
                "jakarta.inject..",
                "jakarta.faces..",
                "jakarta.ws..",
                "jakarta.servlet..")
            .because(
                "the domain is plain Java; its entities may carry jakarta.persistence annotations"
                    + " only");
    rule.check(classes);
  }

  @Test
  void adaptersServeTheApplicationWithoutImportingIt() {
    noClasses()
        .that()
        .resideInAPackage("org.tacit.infrastructure..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.tacit.application..")
        .because("the arrow runs from application to infrastructure, never back")
        .check(classes);
  }

  @Test
  void theMessageBundleAccessorImportsNothingOfTheProject() {
    noClasses()
        .that()
        .resideInAPackage("org.tacit.text..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.tacit.domain..", "org.tacit.application..", "org.tacit.infrastructure..")
        .because("every layer reads its words through it")
        .check(classes);
  }

  @Test
  void recordsTheApplicationSpeaksAreNotCalledViewsWhichAreTheWebModulesBeans() {
    noClasses()
        .that()
        .resideInAPackage("org.tacit.application..")
        .should()
        .haveSimpleNameEndingWith("View")
        .orShould()
        .haveSimpleNameEndingWith("Views")
        .because("a *View is a JSF view bean; a record is named for what it holds")
        .check(classes);
  }

  @Test
  void theCapabilitiesOfTheApplicationDependOnEachOtherWithoutCycles() {
    slices().matching("org.tacit.application.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void aCapabilitysInternalPackageIsUsedOnlyByThatCapability() {
    noClasses().should(dependOnAnotherCapabilitysInternals()).check(classes);
  }

  private static final Pattern INTERNAL =
      Pattern.compile("org\\.tacit\\.application\\.(\\w+)\\.internal(\\..*)?");

  /**
   * True of a dependency into {@code application.<x>.internal} from outside {@code
   * application.<x>}.
   */
  static ArchCondition<JavaClass> dependOnAnotherCapabilitysInternals() {
    DescribedPredicate<Dependency> foreign =
        DescribedPredicate.describe(
            "into another capability's internal",
            dependency -> {
              Matcher target = INTERNAL.matcher(dependency.getTargetClass().getPackageName());
              if (!target.matches()) {
                return false;
              }
              String capability = "org.tacit.application." + target.group(1);
              String origin = dependency.getOriginClass().getPackageName();
              return !(origin.equals(capability) || origin.startsWith(capability + "."));
            });
    return new ArchCondition<>("depend on another capability's internal package") {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
          if (foreign.test(dependency)) {
            events.add(SimpleConditionEvent.satisfied(dependency, dependency.getDescription()));
          }
        }
      }
    };
  }
}
