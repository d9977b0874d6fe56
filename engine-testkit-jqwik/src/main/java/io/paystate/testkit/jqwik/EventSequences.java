package io.paystate.testkit.jqwik;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystate.model.CustomerEvent;
import io.paystate.model.PaymentEvent;
import io.paystate.model.PaymentIntentId;
import io.paystate.model.PaymentMethodEvent;
import io.paystate.model.SetupIntentEvent;
import io.paystate.spi.LoggedCustomerEvent;
import io.paystate.spi.LoggedPaymentMethodEvent;
import io.paystate.spi.LoggedSetupIntentEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Gap-free per-object sequence numbers, read from every log the public API offers. */
final class EventSequences {
    // far above what a chain of 30 steps writes; the logs are read from their start on every check
    private static final int LIMIT = 100_000;

    private EventSequences() {}

    static void check(SavedCardState state) {
        Map<Object, List<Long>> sequences = new LinkedHashMap<>();
        for (LoggedCustomerEvent logged : state.customerStore().readLog(0, LIMIT)) {
            CustomerEvent e = logged.event();
            sequences.computeIfAbsent(e.customerId(), k -> new ArrayList<>()).add(e.sequence());
        }
        for (PaymentMethodEvent e : state.paymentMethodStore().readLog(0, LIMIT).stream().map(LoggedPaymentMethodEvent::event).toList()) {
            sequences.computeIfAbsent(e.paymentMethod().id(), k -> new ArrayList<>()).add(e.sequence());
        }
        for (LoggedSetupIntentEvent logged : state.setupIntentStore().readLog(0, LIMIT)) {
            SetupIntentEvent e = logged.event();
            sequences.computeIfAbsent(e.setupIntentId(), k -> new ArrayList<>()).add(e.sequence());
        }
        for (PaymentIntentId id : state.intents()) {
            for (PaymentEvent e : state.testEngine().sink().eventsOf(id)) {
                sequences.computeIfAbsent(id, k -> new ArrayList<>()).add(e.sequence());
            }
        }
        sequences.forEach((id, seq) -> {
            for (int i = 0; i < seq.size(); i++) {
                assertThat(seq.get(i)).as("event %d of %s (sequences %s)", i + 1, id, seq).isEqualTo(i + 1L);
            }
        });
    }
}
