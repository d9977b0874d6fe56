package com.example.shop;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystate.engine.InMemoryPaymentIntentStore;
import io.paystate.spi.PaymentIntentStore;
import io.paystate.testkit.TestEngine;
import io.paystate.testkit.tck.PaymentIntentStoreContract;
import org.junit.jupiter.api.Test;

// tag::host-tck[]
/** The shop's store passes PayState's storage contract: every inherited test runs against it. */
class AuditedPaymentIntentStoreContractTest extends PaymentIntentStoreContract {
    @Override
    protected PaymentIntentStore createStore() {
        return new AuditedPaymentIntentStore(new InMemoryPaymentIntentStore());
    }

    @Test
    void engineWrites_areAudited() {
        AuditedPaymentIntentStore store = new AuditedPaymentIntentStore(new InMemoryPaymentIntentStore());
        TestEngine payments = TestEngine.create(1, builder -> builder.store(store));
        Checkout.Placed placed = new Checkout(payments.engine()).placeOrder("order-1", 900, "pm_card_visa");

        assertThat(store.audit()).first().asString().startsWith("insert " + placed.intent().id().value());
        assertThat(store.audit()).last().asString().endsWith("requires_capture");
    }
}
// end::host-tck[]
