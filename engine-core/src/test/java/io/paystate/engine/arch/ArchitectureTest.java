package io.paystate.engine.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Keeps squirrel-foundation and Caffeine confined to their internal packages, and internal types out
 * of the public API (house-style 1.3).
 */
final class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.paystate");

    @Test
    void squirrel_outsideFsmPackage_isNeverUsed() {
        noClasses().that().resideOutsideOfPackage("io.paystate.engine.internal.fsm..")
                .should().dependOnClassesThat().resideInAPackage("org.squirrelframework..")
                .check(CLASSES);
    }

    @Test
    void caffeine_outsideIdempotencyPackage_isNeverUsed() {
        noClasses().that().resideOutsideOfPackage("io.paystate.engine.internal.idempotency..")
                .should().dependOnClassesThat().resideInAPackage("com.github.benmanes.caffeine..")
                .check(CLASSES);
    }

    @Test
    void publicApi_signatures_exposeNoLibraryOrInternalType() {
        methods().that().areDeclaredInClassesThat().resideInAnyPackage("io.paystate.engine", "io.paystate.model",
                        "io.paystate.spi")
                .and().arePublic()
                .should().haveRawReturnType(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "a type outside squirrel, caffeine and io.paystate..internal..",
                        (com.tngtech.archunit.core.domain.JavaClass c) -> allowed(c.getName())))
                .andShould().haveRawParameterTypes(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "types outside squirrel, caffeine and io.paystate..internal..",
                        (java.util.List<com.tngtech.archunit.core.domain.JavaClass> params) ->
                                params.stream().allMatch(p -> allowed(p.getName()))))
                .check(CLASSES);
    }

    @Test
    void spi_dependsOnNothingButTheJdkAndJspecify() {
        noClasses().that().resideInAnyPackage("io.paystate.model..", "io.paystate.spi..")
                .should().dependOnClassesThat().resideOutsideOfPackages("io.paystate.model..", "io.paystate.spi..",
                        "java..", "javax.crypto..", "org.jspecify..") // javax.crypto: java.base's ciphers, for ids
                .check(CLASSES);
    }

    private static boolean allowed(String typeName) {
        return !typeName.startsWith("org.squirrelframework.") && !typeName.startsWith("com.github.benmanes.caffeine.")
                && !(typeName.startsWith("io.paystate.") && typeName.contains(".internal."));
    }
}
