package id.wacontacts;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
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
    static final ArchRule uiNeverSeesTheDatabaseLayer = noClasses()
            .that().resideInAPackage("id.wacontacts.ui..")
            .should().dependOnClassesThat().resideInAPackage("id.wacontacts.db..")
            .because("the window learns that the database is away from the service layer (Reachability,"
                    + " OpeningFailure), never from the database layer's exceptions");

    /** A window's parts: views, dialogs, the wizard, the File menu's dialogs. */
    private static final DescribedPredicate<JavaClass> VIEWS = DescribedPredicate.describe("views",
            type -> type.getPackageName().startsWith("id.wacontacts.ui")
                    && (type.getSimpleName().endsWith("View") || type.getSimpleName().endsWith("Dialog")
                    || type.getSimpleName().endsWith("Wizard") || type.getSimpleName().equals("FileActions")));

    /** The services, and the records the window receives them in. */
    private static final DescribedPredicate<JavaClass> SERVICES = DescribedPredicate.describe("services",
            type -> (type.getPackageName().startsWith("id.wacontacts.service") && type.getSimpleName().endsWith("Service"))
                    || type.getName().equals("id.wacontacts.ui.main.Services")
                    || type.getName().equals("id.wacontacts.ui.main.FileServices"));

    @ArchTest
    static final ArchRule viewsNeverReceiveServices = noClasses()
            .that(VIEWS)
            .should().dependOnClassesThat(SERVICES)
            .because("a view binds to its view-model; services reach view-models only");

    @ArchTest
    static final ArchRule viewsNeverBuildViewModels = noClasses()
            .that(VIEWS)
            .should().callConstructorWhere(DescribedPredicate.describe("a view-model's constructor",
                    call -> call.getTargetOwner().getSimpleName().endsWith("ViewModel")))
            .because("view-models are built where services are at hand, and handed to the views");

    @ArchTest
    static final ArchRule entitiesNeverLeaveServicesAndDatabase = noClasses()
            .that().resideOutsideOfPackages("id.wacontacts.service..", "id.wacontacts.db..", "id.wacontacts.domain..")
            .should().dependOnClassesThat().areAnnotatedWith(jakarta.persistence.Entity.class)
            .because("the window and the command line see records; a Hibernate entity outside a session"
                    + " loads lazily or not at all");

    @ArchTest
    static final ArchRule sqlOnlyInServicesAndDatabase = noClasses()
            .that().resideOutsideOfPackages("id.wacontacts.service..", "id.wacontacts.db..", "id.wacontacts.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.hibernate..",
                    "jakarta.persistence..", "org.postgresql..", "org.flywaydb..", "com.zaxxer..")
            .because("only services and the database layer run SQL; the domain only maps the tables");

    @ArchTest
    static final ArchRule noPackageCycles = slices()
            .matching("id.wacontacts.(*)..")
            .should().beFreeOfCycles()
            .because("each top-level package builds on those below it; the launcher may know the commands,"
                    + " never the other way round");
}
