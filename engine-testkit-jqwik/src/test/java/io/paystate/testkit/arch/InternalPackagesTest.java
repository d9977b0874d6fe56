package io.paystate.testkit.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Only engine-core's own packages use its internals: this module reaches the engine through its
 * public API (the builder's documented hooks included), so internals stay free to change.
 */
final class InternalPackagesTest {
    @Test
    void engineInternals_outsideEngineCore_areNeverUsed() {
        noClasses().that().resideOutsideOfPackage("io.paystate.engine..")
                .should().dependOnClassesThat().resideInAPackage("io.paystate.engine.internal..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("io.paystate.testkit"));
    }
}
