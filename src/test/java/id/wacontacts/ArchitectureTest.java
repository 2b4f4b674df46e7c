package id.wacontacts;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layers of docs/architecture.md: ui → service → domain, db, phone; only the UI knows JavaFX. */
@AnalyzeClasses(packages = "id.wacontacts", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreKnowsNothingOfTheUi = noClasses()
            .that().resideInAnyPackage("..service..", "..db..", "..domain..", "..phone..", "..config..")
            .should().dependOnClassesThat().resideInAnyPackage("id.wacontacts.ui..", "id.wacontacts.app..",
                    "id.wacontacts.cli..", "javafx..", "org.controlsfx..")
            .because("services never see JavaFX types, so they run the same under the CLI and in tests");

    @ArchTest
    static final ArchRule phoneIsPureJavaAndLibphonenumber = classes()
            .that().resideInAPackage("id.wacontacts.phone..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("id.wacontacts.phone..", "java..",
                    "com.google.i18n.phonenumbers..")
            .because("the normaliser is pure: no database, no UI, no logging framework");

    @ArchTest
    static final ArchRule uiDoesNotTalkSql = noClasses()
            .that().resideInAPackage("id.wacontacts.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.hibernate..", "java.sql..", "javax.sql..",
                    "jakarta.persistence..", "org.flywaydb..", "com.zaxxer..")
            .because("only services run transactions and SQL");

    @ArchTest
    static final ArchRule uiDoesNotBuildTheApp = noClasses()
            .that().resideInAPackage("id.wacontacts.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("id.wacontacts.app..", "id.wacontacts.cli..")
            .because("AppContext hands the UI what it needs, not the other way round");

    @ArchTest
    static final ArchRule domainDependsOnNoOtherLayer = noClasses()
            .that().resideInAPackage("id.wacontacts.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("id.wacontacts.service..", "id.wacontacts.db..")
            .because("entities and records are the bottom layer");

    @ArchTest
    static final ArchRule noPackageCycles = slices()
            .matching("id.wacontacts.(*)..")
            .should().beFreeOfCycles()
            .because("each top-level package builds on those below it; the launcher may know the commands,"
                    + " never the other way round");
}
