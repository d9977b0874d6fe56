package io.paystate.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.paystate.engine.PaymentEngine;
import io.paystate.testkit.ManualClock;
import io.paystate.testkit.RecordingEventSink;
import io.paystate.testkit.TestEngine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

// tag::extension[]
@PayStateTest(seed = 7)
final class PayStateExtensionTest {
    @PayStateTest.Inject
    private PaymentEngine engine;
    @PayStateTest.Inject
    private ManualClock clock;
    @PayStateTest.Inject
    private RecordingEventSink sink;

    @Test
    void injectedFields_areTheEngineOfTheParameters(TestEngine t, PaymentEngine parameter) {
        assertThat(engine).isSameAs(t.engine()).isSameAs(parameter);
        assertThat(clock).isSameAs(t.clock());
        assertThat(sink).isSameAs(t.sink());
    }
    // end::extension[]

    @Test
    void seed_givesTheIdsOfATestEngineWithThatSeed(PaymentEngine parameter) {
        TestEngine same = TestEngine.create(7);
        io.paystate.engine.CreateParams params = io.paystate.engine.CreateParams.builder(1000, "usd").build();
        assertThat(parameter.create(params).id()).isEqualTo(same.engine().create(params).id());
    }

    @Test
    void failedTest_reportsTheHistoryOfTheIntentsItTouched() {
        Map<String, TestExecutionResult.Status> results = new HashMap<>();
        List<ReportEntry> entries = new ArrayList<>();
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(FailingSample.class))
                .configurationParameter(FailingSample.RUN, "true").build(), new TestExecutionListener() {
                    @Override
                    public void reportingEntryPublished(TestIdentifier id, ReportEntry entry) {
                        entries.add(entry);
                    }

                    @Override
                    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                        if (id.isTest()) {
                            results.put(id.getDisplayName(), result.getStatus());
                        }
                    }
                });

        assertThat(results).containsEntry("failsAfterTouchingAnIntent(PaymentEngine)", TestExecutionResult.Status.FAILED)
                .containsEntry("passes(PaymentEngine)", TestExecutionResult.Status.SUCCESSFUL);
        assertThat(entries).hasSize(1);
        String history = entries.get(0).getKeyValuePairs().get(PayStateExtension.HISTORY_KEY);
        assertThat(history).startsWith("pi_").contains("#1 ").contains("payment_intent.created")
                .contains("payment_intent.succeeded");
    }
}
