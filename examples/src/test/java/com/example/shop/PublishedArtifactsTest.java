package com.example.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paystate.engine.PaymentEngine;
import io.paystate.model.PaymentIntent;
import io.paystate.testkit.TestEngine;
import io.paystate.testkit.jqwik.LifecycleModel;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * What the shop receives from the repository: module names, licences, and an engine-core jar that
 * keeps its libraries to itself.
 */
class PublishedArtifactsTest {

    private static Path jarOf(Class<?> type) throws URISyntaxException {
        Path jar = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(jar.toString()).as("PayState comes from a repository jar").endsWith(".jar");
        return jar;
    }

    private static ModuleDescriptor moduleOf(Class<?> type) throws URISyntaxException {
        Set<ModuleReference> modules = ModuleFinder.of(jarOf(type)).findAll();
        assertThat(modules).hasSize(1);
        return modules.iterator().next().descriptor();
    }

    @Test
    void engineSpi_isANamedModule_exportingExactlyTheModelAndTheSpi() throws Exception {
        ModuleDescriptor spi = moduleOf(PaymentIntent.class);

        assertThat(spi.name()).isEqualTo("io.paystate.spi");
        assertThat(spi.isAutomatic()).isFalse();
        assertThat(spi.exports()).extracting(ModuleDescriptor.Exports::source)
                .containsExactlyInAnyOrder("io.paystate.model", "io.paystate.spi");
        assertThat(spi.packages()).containsExactlyInAnyOrder("io.paystate.model", "io.paystate.spi");
        assertThat(spi.requires()).extracting(ModuleDescriptor.Requires::name)
                .containsExactlyInAnyOrder("java.base", "org.jspecify");
    }

    @Test
    void theOtherJars_nameTheirAutomaticModules() throws Exception {
        assertThat(moduleOf(PaymentEngine.class).name()).isEqualTo("io.paystate.engine");
        assertThat(moduleOf(TestEngine.class).name()).isEqualTo("io.paystate.testkit");
        assertThat(moduleOf(LifecycleModel.class).name()).isEqualTo("io.paystate.testkit.jqwik");
        for (Class<?> type : List.of(PaymentEngine.class, TestEngine.class, LifecycleModel.class)) {
            assertThat(moduleOf(type).isAutomatic()).isTrue();
        }
    }

    @Test
    void everyJar_carriesTheLicenceAndTheNotice() throws Exception {
        for (Class<?> type : List.of(PaymentIntent.class, PaymentEngine.class, TestEngine.class, LifecycleModel.class)) {
            try (JarFile jar = new JarFile(jarOf(type).toFile())) {
                assertThat(jar.getEntry("META-INF/LICENSE")).as(jar.getName() + " LICENSE").isNotNull();
                assertThat(jar.getEntry("META-INF/NOTICE")).as(jar.getName() + " NOTICE").isNotNull();
            }
        }
    }

    @Test
    void engineCore_holdsOnlyPayStatePackages_andTheBundledLicences() throws Exception {
        try (JarFile jar = new JarFile(jarOf(PaymentEngine.class).toFile())) {
            Set<String> outside = Collections.list(jar.entries()).stream().map(e -> e.getName())
                    .filter(name -> name.endsWith(".class") && !name.startsWith("io/paystate/"))
                    .collect(Collectors.toSet());
            assertThat(outside).isEmpty();
            assertThat(jar.getEntry("META-INF/licenses/slf4j-LICENSE.txt")).isNotNull();
            assertThat(new String(jar.getInputStream(jar.getEntry("META-INF/NOTICE")).readAllBytes()))
                    .contains("squirrel-foundation", "Guava", "Apache Commons Lang", "Caffeine", "SLF4J");
        }
    }

    @Test
    void engineCore_bundlesSquirrelWithItsPatchedClasses() throws Exception {
        String impl = "io.paystate.engine.internal.shaded.squirrel.foundation.fsm.impl.";
        assertThat(Class.forName(impl + "TransitionImpl").getDeclaredField("bucketName").getType())
                .isEqualTo(String.class);
        assertThat(Class.forName(impl + "StateImpl").getDeclaredField("exitBucketName").getType())
                .isEqualTo(String.class);
        assertThat(Class.forName(impl + "AbstractStateMachine").getDeclaredField("queuedEvents").getType())
                .isEqualTo(java.util.concurrent.ConcurrentLinkedDeque.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "org.squirrelframework.foundation.fsm.StateMachineBuilderFactory",
        "com.google.common.collect.ImmutableList",
        "org.apache.commons.lang3.StringUtils",
        "org.mvel2.MVEL",
        "com.github.benmanes.caffeine.cache.Caffeine",
        "org.slf4j.LoggerFactory",
    })
    void theEnginesLibraries_areNotOnTheHostsClassPath(String className) {
        assertThatThrownBy(() -> Class.forName(className)).isInstanceOf(ClassNotFoundException.class);
    }
}
