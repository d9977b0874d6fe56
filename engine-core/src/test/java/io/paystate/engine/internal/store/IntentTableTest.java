package io.paystate.engine.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paystate.engine.CreateParams;
import io.paystate.engine.InMemoryPaymentIntentStore;
import io.paystate.engine.PaymentEngine;
import io.paystate.model.AccountId;
import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentIntentId;
import io.paystate.spi.IdGenerator;
import io.paystate.spi.IntentFilter;
import io.paystate.spi.IntentPage;
import io.paystate.spi.IntentQuery;
import io.paystate.spi.IntentQuery.Position;
import io.paystate.spi.StoredIntent;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
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

    @Test
    void create_fromTwoThreadsWhileSegmentsGrow_storesEveryIntentInItsAccountsOrder() throws Exception {
        PaymentEngine shared = PaymentEngine.builder()
                .clock(InstantSource.fixed(Instant.ofEpochSecond(1_767_225_600L))).store(store).build();
        ConcurrentLinkedQueue<PaymentIntent> created = new ConcurrentLinkedQueue<>();
        CyclicBarrier start = new CyclicBarrier(2);
        Runnable creator = () -> {
            try {
                start.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            for (int i = 0; i < 5_000; i++) {
                created.add(shared.create(CreateParams.builder(1000 + i, "usd").build()));
            }
        };
        Thread a = new Thread(creator);
        Thread b = new Thread(creator);
        a.start();
        b.start();
        a.join();
        b.join();

        assertThat(store.size()).isEqualTo(10_000);
        for (PaymentIntent intent : created) {
            assertThat(store.find(AccountId.DEFAULT, intent.id())).isPresent();
        }
        // the account's index lists every intent once, newest (highest ordinal) first
        List<Long> ordinals = new ArrayList<>();
        IntentQuery query = new IntentQuery(IntentFilter.all(), null, null, 100);
        while (true) {
            IntentPage page = store.query(AccountId.DEFAULT, query);
            page.items().forEach(s -> ordinals.add(s.ordinal()));
            if (!page.hasMore()) {
                break;
            }
            StoredIntent last = page.items().get(page.items().size() - 1);
            query = new IntentQuery(IntentFilter.all(), Position.of(last), null, 100);
        }
        assertThat(ordinals).hasSize(10_000).doesNotHaveDuplicates().isSortedAccordingTo((x, y) -> Long.compare(y, x));
    }

    @Test
    void addReserved_ofAnIdNotReserved_isRefused() {
        StoredIntent stored = storedIntent();
        IntentSlot slot = new IntentSlot(PackedIntent.withPackedCharge(stored, new ChargeShapes().packLatest(stored)));
        assertThatThrownBy(() -> new IntentTable().addReserved(slot)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void reserve_anIdReservedOrHeld_isRefusedUntilReleased() {
        StoredIntent stored = storedIntent();
        PaymentIntentId id = stored.intent().id();
        IntentTable table = new IntentTable();

        assertThat(table.reserve(id)).isTrue();
        assertThat(table.reserve(id)).isFalse();
        table.release(id);
        assertThat(table.reserve(id)).isTrue();
        assertThat(table.get(id)).isNull(); // a reservation is not an intent
        table.addReserved(new IntentSlot(PackedIntent.withPackedCharge(stored, new ChargeShapes().packLatest(stored))));
        assertThat(table.get(id)).isNotNull();
        assertThat(table.reserve(id)).isFalse();
        assertThat(table.size()).isEqualTo(1);
    }

    private StoredIntent storedIntent() {
        engine.create(CreateParams.builder(1000, "usd").build());
        return store.query(AccountId.DEFAULT, new IntentQuery(IntentFilter.all(), null, null, 1)).items().get(0);
    }
}
