package io.paystate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystate.model.AccountId;
import io.paystate.model.Customer;
import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentIntentStatus;
import io.paystate.model.PaymentMethod;
import io.paystate.model.PaymentMethodId;
import io.paystate.spi.IdGenerator;
import io.paystate.spi.PaymentMethodData;
import io.paystate.spi.StoredPaymentMethod;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A confirmation (or a completed challenge) reads its stored payment method once before its commit:
 * the check's read is the one the processor's attempt uses (on a database store, each read is a
 * round trip).
 */
final class StoredMethodReadsTest {
    private final CountingStore store = new CountingStore();
    private final PaymentEngine engine = PaymentEngine.builder().clock(new TestClock()).paymentMethodStore(store)
            .idGenerator(IdGenerator.seeded(5)).build();

    private <T> T run(Request<T> request) {
        return engine.execute(request, RequestOptions.none()).body();
    }

    @Test
    void confirm_storedMethod_readsItOnce() {
        Customer customer = run(new CustomerRequest.Create(CustomerParams.none()));
        PaymentMethod pm = run(new PaymentMethodRequest.Create(new PaymentMethodData("card", Map.of("number",
                "4242424242424242", "exp_month", "12", "exp_year", "2034", "cvc", "123")), Map.of()));
        run(new PaymentMethodRequest.Attach(pm.id(), customer.id().value()));
        PaymentIntent created = engine.create(CreateParams.builder(1000, "usd").customer(customer.id().value())
                .paymentMethod(pm.id().value()).build());
        store.reads.set(0);

        PaymentIntent confirmed = engine.confirm(created.id(), ConfirmParams.none());

        assertThat(confirmed.status()).isEqualTo(PaymentIntentStatus.SUCCEEDED);
        // the reuse check's read, and the read after the commit that marks the method used
        assertThat(store.reads).hasValue(2);
    }

    @Test
    void completeAction_storedMethodAfterChallenge_readsItOnceBeforeTheCommit() {
        PaymentMethod pm = run(new PaymentMethodRequest.Create(new PaymentMethodData("card", Map.of("number",
                "4000002500003155", "exp_month", "12", "exp_year", "2034", "cvc", "123")), Map.of()));
        PaymentIntent challenged = engine.create(CreateParams.builder(1000, "usd").paymentMethod(pm.id().value())
                .confirm(true).build());
        assertThat(challenged.status()).isEqualTo(PaymentIntentStatus.REQUIRES_ACTION);
        store.reads.set(0);

        PaymentIntent done = engine.completeAction(challenged.id(), ActionOutcome.SUCCESS);

        assertThat(done.status()).isEqualTo(PaymentIntentStatus.SUCCEEDED);
        // the detach check's read, and the read after the commit that records the method's use
        assertThat(store.reads).hasValue(2);
    }

    @Test
    void createAndConfirm_fixedTestCard_readsTheStoreOnce() {
        store.reads.set(0);

        PaymentIntent pi = engine.create(CreateParams.builder(1000, "usd").paymentMethod("pm_card_visa").confirm(true)
                .build());

        assertThat(pi.status()).isEqualTo(PaymentIntentStatus.SUCCEEDED);
        assertThat(store.reads).hasValue(1);
    }

    /** The in-memory store, counting the reads by id. */
    /** Counts the reads of stored payment methods. */
    private static final class CountingStore extends ForwardingPaymentMethodStore {
        final AtomicInteger reads = new AtomicInteger();

        @Override
        public Optional<StoredPaymentMethod> find(AccountId account, PaymentMethodId id) {
            reads.incrementAndGet();
            return super.find(account, id);
        }

        @Override
        public Optional<StoredPaymentMethod> findInAnyAccount(PaymentMethodId id) {
            reads.incrementAndGet();
            return super.findInAnyAccount(id);
        }
    }
}
