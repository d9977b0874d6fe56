package io.paystate.engine.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystate.engine.CancelParams;
import io.paystate.engine.CaptureParams;
import io.paystate.engine.ConfirmParams;
import io.paystate.engine.CreateParams;
import io.paystate.engine.InMemoryPaymentIntentStore;
import io.paystate.engine.PaymentEngine;
import io.paystate.engine.TestClock;
import io.paystate.model.AccountId;
import io.paystate.model.BillingDetails;
import io.paystate.model.CaptureMethod;
import io.paystate.model.Charge;
import io.paystate.model.PaymentIntentId;
import io.paystate.spi.IdGenerator;
import io.paystate.spi.StoredIntent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;

final class ChargeShapesTest {
    private final TestClock clock = new TestClock();
    private final InMemoryPaymentIntentStore store = new InMemoryPaymentIntentStore();
    private final PaymentEngine engine = PaymentEngine.builder().clock(clock).store(store)
            .idGenerator(IdGenerator.seeded(11)).build();
    private final ChargeShapes shapes = new ChargeShapes();

    @Test
    void pack_holdsConfirmedOnCreate_shareOneShapeAndUnpackEqual() {
        StoredIntent first = stored(hold());
        StoredIntent second = stored(hold());

        Object a = shapes.packLatest(first);
        Object b = shapes.packLatest(second);

        assertThat(a).isInstanceOf(ChargeShape.class).isSameAs(b);
        assertThat(roundTrip(first)).isEqualTo(first);
        assertThat(roundTrip(second)).isEqualTo(second);
        assertThat(shapes.sharedCount()).isEqualTo(1);
    }

    @Test
    void pack_chargeMadeAfterItsIntent_keepsItsInstantsBesideTheShape() {
        PaymentIntentId id = engine.create(CreateParams.builder(1000, "usd").captureMethod(CaptureMethod.MANUAL).build())
                .id();
        clock.advanceSeconds(90);
        engine.confirm(id, ConfirmParams.withPaymentMethod("pm_card_visa"));
        StoredIntent held = stored(id);

        assertThat(shapes.packLatest(held)).isInstanceOf(ChargeShapes.Dated.class);
        assertThat(roundTrip(held)).isEqualTo(held);
    }

    @Test
    void pack_everyStepOfAHold_unpacksEqual() {
        List<StoredIntent> versions = new ArrayList<>();
        PaymentIntentId partial = hold();
        versions.add(stored(partial));
        engine.capture(partial, CaptureParams.amount(400)); // captured 400, the rest refunded
        versions.add(stored(partial));
        PaymentIntentId released = hold();
        engine.cancel(released, CancelParams.none()); // refunded in full
        versions.add(stored(released));
        PaymentIntentId full = hold();
        engine.capture(full, CaptureParams.full());
        versions.add(stored(full));
        PaymentIntentId automatic = engine.create(CreateParams.builder(1000, "usd").paymentMethod("pm_card_visa")
                .confirm(true).build()).id();
        versions.add(stored(automatic));

        for (StoredIntent version : versions) {
            assertThat(shapes.packLatest(version)).as("%s", version.latestCharge()).isNotInstanceOf(Charge.class);
            assertThat(roundTrip(version)).isEqualTo(version);
        }
    }

    @Test
    void pack_chargeNotFollowingFromItsIntent_keepsTheChargeItself() {
        StoredIntent held = stored(hold());
        Charge c = held.latestCharge();
        Charge otherAmount = new Charge(c.id(), c.paymentIntent(), c.amount() - 1, c.currency(), 0, 0, false, false,
                c.status(), null, null, null, c.paymentMethod(), c.captureBefore(), false, null, c.created(),
                c.billingDetails(), c.cardExpiry());
        Charge oddRefund = new Charge(c.id(), c.paymentIntent(), c.amount(), c.currency(), 0, 1, false, false,
                c.status(), null, null, null, c.paymentMethod(), c.captureBefore(), false, null, c.created(),
                c.billingDetails(), c.cardExpiry());

        for (Charge odd : List.of(otherAmount, oddRefund)) {
            StoredIntent version = new StoredIntent(held.account(), held.intent(), odd, List.of(), held.version(),
                    held.ordinal(), held.expiresAt(), held.settlesAt(), false, 0, held.eventSequence(), 0, 0);
            assertThat(shapes.packLatest(version)).isSameAs(odd);
            assertThat(roundTrip(version)).isEqualTo(version);
        }
    }

    @Test
    void pack_moreShapesThanAreShared_keepsTheRestPerChargeAndUnpacksEqual() {
        List<StoredIntent> versions = namedHolds(ChargeShapes.MAX_SHARED + 50);

        for (StoredIntent version : versions) {
            assertThat(roundTrip(version)).isEqualTo(version);
        }
        assertThat(shapes.sharedCount()).isEqualTo(ChargeShapes.MAX_SHARED);
    }

    @Test
    void pack_twoThreadsPackingTheSameKinds_shareOneShapeOfEach() throws Exception {
        List<StoredIntent> versions = namedHolds(300);
        Object[][] packed = new Object[2][versions.size()];
        CyclicBarrier start = new CyclicBarrier(2);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            int thread = t;
            threads.add(new Thread(() -> {
                try {
                    start.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                for (int i = 0; i < versions.size(); i++) {
                    packed[thread][i] = shapes.packLatest(versions.get(i));
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }

        for (int i = 0; i < versions.size(); i++) {
            assertThat(packed[0][i]).isInstanceOf(ChargeShape.class).isSameAs(packed[1][i]);
        }
        assertThat(shapes.sharedCount()).isEqualTo(versions.size());
    }

    @Test
    void matches_andHash_agreeWithTheShapeMadeOfTheCharge() {
        StoredIntent held = stored(hold());
        Charge c = held.latestCharge();
        Charge failed = new Charge(c.id(), c.paymentIntent(), c.amount(), c.currency(), 0, 0, false, false,
                io.paystate.model.ChargeStatus.FAILED, io.paystate.model.ErrorCode.CARD_DECLINED, "Your card was declined.",
                "generic_decline", c.paymentMethod(), null, false, null, c.created(),
                new BillingDetails(null, "a@example.com", null, null), new io.paystate.model.CardExpiry(12, 2030));

        for (Charge charge : List.of(c, failed)) {
            ChargeShape shape = ChargeShape.of(charge, ChargeShape.NONE, ChargeShape.NONE);
            assertThat(ChargeShape.hash(charge, ChargeShape.NONE, ChargeShape.NONE)).isEqualTo(shape.hashCode());
            assertThat(shape.matches(charge, ChargeShape.NONE, ChargeShape.NONE)).isTrue();
            assertThat(shape.matches(charge, ChargeShape.ALL, ChargeShape.NONE)).isFalse();
        }
        assertThat(ChargeShape.of(c, ChargeShape.NONE, ChargeShape.NONE).matches(failed, ChargeShape.NONE,
                ChargeShape.NONE)).isFalse();
    }

    // versions of one hold whose charges differ only in the billing name: one kind of charge each
    private List<StoredIntent> namedHolds(int count) {
        StoredIntent held = stored(hold());
        Charge c = held.latestCharge();
        List<StoredIntent> versions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Charge named = new Charge(c.id(), c.paymentIntent(), c.amount(), c.currency(), 0, 0, false, false,
                    c.status(), null, null, null, c.paymentMethod(), c.captureBefore(), false, null, c.created(),
                    new BillingDetails(null, null, "customer " + i, null), c.cardExpiry());
            versions.add(new StoredIntent(held.account(), held.intent(), named, List.of(), held.version(),
                    held.ordinal(), held.expiresAt(), held.settlesAt(), false, 0, held.eventSequence(), 0, 0));
        }
        return versions;
    }

    private PaymentIntentId hold() {
        return engine.create(CreateParams.builder(1000, "usd").paymentMethod("pm_card_visa")
                .captureMethod(CaptureMethod.MANUAL).confirm(true).build()).id();
    }

    private StoredIntent stored(PaymentIntentId id) {
        return store.find(AccountId.DEFAULT, id).orElseThrow();
    }

    private StoredIntent roundTrip(StoredIntent stored) {
        return PackedIntent.withPackedCharge(stored, shapes.packLatest(stored)).unpack();
    }
}
