/**
 * PayState's model and the interfaces a host implements: {@link io.paystate.model} (the
 * PaymentIntent, its charges, events, ids and money) and {@link io.paystate.spi} (storage, events,
 * payment processor, ids, idempotency keys). Depends on nothing but the JDK; JSpecify's nullness
 * annotations are needed only at compile time.
 */
module io.paystate.spi {
    requires static transitive org.jspecify;

    exports io.paystate.model;
    exports io.paystate.spi;
}
