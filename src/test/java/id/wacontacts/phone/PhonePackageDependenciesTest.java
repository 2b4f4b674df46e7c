package id.wacontacts.phone;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class PhonePackageDependenciesTest {

    @Test
    void phonePackageUsesOnlyTheJdkAndLibphonenumber() {
        JavaClasses phone = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("id.wacontacts.phone");
        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "com.google.i18n.phonenumbers..", "id.wacontacts.phone..")
                .check(phone);
    }
}
