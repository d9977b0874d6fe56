package io.paystate.testkit.jqwik;

import io.paystate.engine.InMemoryCustomerStore;
import io.paystate.engine.InMemoryPaymentMethodStore;
import io.paystate.engine.InMemorySetupIntentStore;
import io.paystate.model.CustomerId;
import io.paystate.model.PaymentIntentId;
import io.paystate.model.PaymentMethodId;
import io.paystate.model.PaymentMethodUsage;
import io.paystate.model.SetupFutureUsage;
import io.paystate.model.SetupIntentId;
import io.paystate.testkit.TestEngine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The state a random save-and-charge sequence of {@link SavedCardModel} runs against: a test engine
 * whose customer, payment-method and SetupIntent stores this state holds (so their event logs can
 * be read), the customers, SetupIntents and PaymentIntents made so far, and the <em>model</em> of
 * every saved card: what the engine's stored method must look like ({@link Method}). A host's own
 * objects ride along as {@link #attach attachments}, as in {@link LifecycleState}.
 *
 * <p>Not thread-safe: one chain, one thread, as jqwik runs it.
 */
public final class SavedCardState {
    private final InMemoryCustomerStore customerStore = new InMemoryCustomerStore();
    private final InMemoryPaymentMethodStore paymentMethodStore = new InMemoryPaymentMethodStore();
    private final InMemorySetupIntentStore setupIntentStore = new InMemorySetupIntentStore();
    private final TestEngine testEngine;
    private final List<CustomerId> customers = new ArrayList<>();
    private final Map<PaymentMethodId, Method> methods = new LinkedHashMap<>();
    private final List<SetupIntentId> setupIntents = new ArrayList<>();
    private final List<PaymentIntentId> intents = new ArrayList<>();
    private final Map<Class<?>, Object> attachments = new HashMap<>();

    /**
     * What the model expects of one stored card: the engine's {@code PaymentMethod} must have this
     * usage, customer and set-up state after every step.
     *
     * @param id the method's id
     * @param card the test card it was created from
     * @param customer the customer it is attached to, or null (never attached, or detached)
     * @param usage where it stands in the reuse rules
     * @param setUpFor for which future use it was set up, or null
     */
    public record Method(PaymentMethodId id, SavedTestCard card, @Nullable CustomerId customer,
            PaymentMethodUsage usage, @Nullable SetupFutureUsage setUpFor) {
        /**
         * Throws {@link NullPointerException} if a required component is null.
         *
         * @param id the method's id
         * @param card the test card it was created from
         * @param customer the customer it is attached to, or null
         * @param usage where it stands in the reuse rules
         * @param setUpFor for which future use it was set up, or null
         */
        public Method {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(card, "card");
            Objects.requireNonNull(usage, "usage");
        }

        /**
         * Returns whether an off-session payment of a card that needs authentication may go through.
         *
         * @return true when set up for {@code off_session}
         */
        public boolean setUpForOffSession() {
            return setUpFor == SetupFutureUsage.OFF_SESSION;
        }

        /**
         * Returns this method in another state of the reuse rules, keeping its set-up state.
         *
         * @param newCustomer the customer, for {@code attached} only
         * @param newUsage the new state
         * @return the changed expectation
         */
        public Method with(@Nullable CustomerId newCustomer, PaymentMethodUsage newUsage) {
            return new Method(id, card, newCustomer, newUsage, setUpFor);
        }
    }

    /**
     * Creates the state over a fresh test engine whose ids come from {@code seed}.
     *
     * @param seed the seed of the engine's ids
     */
    public SavedCardState(long seed) {
        this.testEngine = TestEngine.create(seed, b -> b.customerStore(customerStore)
                .paymentMethodStore(paymentMethodStore).setupIntentStore(setupIntentStore));
    }

    /**
     * Returns a state over a fresh test engine with seed 0.
     *
     * @return a fresh state
     */
    public static SavedCardState fresh() {
        return new SavedCardState(0L);
    }

    /**
     * Returns the engine, clock and sink.
     *
     * @return the test engine
     */
    public TestEngine testEngine() {
        return testEngine;
    }

    /**
     * Returns the engine's customer store, whose log holds every customer event.
     *
     * @return the customer store
     */
    public InMemoryCustomerStore customerStore() {
        return customerStore;
    }

    /**
     * Returns the engine's payment-method store, whose log holds every payment-method event.
     *
     * @return the payment-method store
     */
    public InMemoryPaymentMethodStore paymentMethodStore() {
        return paymentMethodStore;
    }

    /**
     * Returns the engine's SetupIntent store, whose log holds every SetupIntent event.
     *
     * @return the SetupIntent store
     */
    public InMemorySetupIntentStore setupIntentStore() {
        return setupIntentStore;
    }

    /**
     * Returns the customers created so far, oldest first.
     *
     * @return the customers' ids
     */
    public List<CustomerId> customers() {
        return List.copyOf(customers);
    }

    /**
     * Records a customer (created by a host action) so that later actions use it.
     *
     * @param id the customer's id
     */
    public void addCustomer(CustomerId id) {
        Objects.requireNonNull(id, "id");
        if (!customers.contains(id)) {
            customers.add(id);
        }
    }

    /**
     * Returns the model of every stored card, oldest first.
     *
     * @return what the model expects of each method
     */
    public List<Method> methods() {
        return List.copyOf(methods.values());
    }

    /**
     * Returns the model of one stored card.
     *
     * @param id the method's id
     * @return what the model expects of it
     * @throws IllegalArgumentException if the model does not know the method
     */
    public Method method(PaymentMethodId id) {
        Method m = methods.get(id);
        if (m == null) {
            throw new IllegalArgumentException("the model knows no method " + id);
        }
        return m;
    }

    /**
     * Records (or replaces) what the model expects of a stored card. A host action that changes a
     * method the model knows must record its new expectation, or the model invariant fails.
     *
     * @param method the expectation
     */
    public void expect(Method method) {
        methods.put(method.id(), Objects.requireNonNull(method, "method"));
    }

    /**
     * Returns the SetupIntents created so far, oldest first.
     *
     * @return their ids
     */
    public List<SetupIntentId> setupIntents() {
        return List.copyOf(setupIntents);
    }

    /**
     * Records a SetupIntent, so that the invariants cover it.
     *
     * @param id the SetupIntent's id
     */
    public void addSetupIntent(SetupIntentId id) {
        setupIntents.add(Objects.requireNonNull(id, "id"));
    }

    /**
     * Returns the PaymentIntents (charges of saved cards) created so far, oldest first.
     *
     * @return their ids
     */
    public List<PaymentIntentId> intents() {
        return List.copyOf(intents);
    }

    /**
     * Records a PaymentIntent, so that the invariants cover it.
     *
     * @param id the intent's id
     */
    public void addIntent(PaymentIntentId id) {
        intents.add(Objects.requireNonNull(id, "id"));
    }

    /**
     * Attaches a host object under its class, replacing any earlier one of that class.
     *
     * @param <T> the type of the object
     * @param type the type
     * @param value the object
     * @return this state
     */
    public <T> SavedCardState attach(Class<T> type, T value) {
        attachments.put(Objects.requireNonNull(type, "type"), type.cast(Objects.requireNonNull(value, "value")));
        return this;
    }

    /**
     * Returns the host object attached under {@code type}.
     *
     * @param <T> the type of the object
     * @param type the type
     * @return the attached object
     * @throws IllegalStateException if none is attached
     */
    public <T> T attachment(Class<T> type) {
        Object value = attachments.get(type);
        if (value == null) {
            throw new IllegalStateException("nothing attached as " + type.getName());
        }
        return type.cast(value);
    }

    @Override
    public String toString() {
        return "SavedCardState[" + customers.size() + " customers, " + methods.size() + " cards, "
                + setupIntents.size() + " setup intents, " + intents.size() + " charges]";
    }
}
