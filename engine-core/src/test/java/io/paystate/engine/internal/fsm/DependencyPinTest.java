package io.paystate.engine.internal.fsm;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystate.engine.internal.TransitionTable;
import org.junit.jupiter.api.Test;

/** squirrel runs on the patched Guava and commons-lang3 pinned in the parent pom (ADR 3). */
final class DependencyPinTest {
    @Test
    void classPath_guavaAndCommonsLang_arePatchedVersions() {
        String guava = com.google.common.base.Strings.class.getProtectionDomain().getCodeSource().getLocation().toString();
        String lang = org.apache.commons.lang3.StringUtils.class.getProtectionDomain().getCodeSource().getLocation()
                .toString();
        assertThat(guava).contains("33.4.8-jre");
        assertThat(lang).contains("3.18.0");
    }

    @Test
    void runner_onPinnedDependencies_buildsAndWarmsUp() {
        SquirrelTransitionRunner runner = SquirrelTransitionRunner.create(TransitionTable.instance());
        TransitionTable.instance().transitions().forEach(t -> assertThat(runner.fire(t)).isEqualTo(t.to()));
    }
}
