package io.paystate.engine.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystate.engine.CreateParams;
import io.paystate.engine.InMemoryPaymentIntentStore;
import io.paystate.engine.PaymentEngine;
import io.paystate.model.AccountId;
import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentIntentId;
import io.paystate.spi.IdGenerator;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class IntentTableTest {
    private final InMemoryPaymentIntentStore store = new InMemoryPaymentIntentStore();
    private final PaymentEngine engine = PaymentEngine.builder()
            .clock(InstantSource.fixed(Instant.ofEpochSecond(1_767_225_600L))).store(store)
            .idGenerator(IdGenerator.seeded(7)).build();

    @Test
    void find_afterTheTableGrewSeveralTimes_returnsEveryIntentAndNoOther() {
        // 5,000 inserts grow the 1,024-slot table three times
        List<PaymentIntent> created = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            created.add(engine.create(CreateParams.builder(1000 + i, "usd").build()));
        }
        assertThat(store.size()).isEqualTo(5_000);
        for (PaymentIntent intent : created) {
            assertThat(store.find(AccountId.DEFAULT, intent.id()))
                    .hasValueSatisfying(stored -> assertThat(stored.intent()).isEqualTo(intent));
        }
        assertThat(store.find(AccountId.DEFAULT, new PaymentIntentId("pi_notStoredAnywhere"))).isEmpty();
    }
}
