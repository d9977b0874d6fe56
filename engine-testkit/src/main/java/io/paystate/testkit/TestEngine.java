package io.paystate.testkit;

import io.paystate.engine.AcquirerLog;
import io.paystate.engine.ActionOutcome;
import io.paystate.engine.CustomerParams;
import io.paystate.engine.CustomerRequest;
import io.paystate.engine.PaymentEngine;
import io.paystate.engine.PaymentEngineBuilder;
import io.paystate.engine.PaymentMethodRequest;
import io.paystate.engine.Request;
import io.paystate.engine.RequestOptions;
import io.paystate.engine.SetupIntentCreateParams;
import io.paystate.engine.SetupIntentRequest;
import io.paystate.engine.TestModeProcessor;
import io.paystate.model.Customer;
import io.paystate.model.CustomerId;
import io.paystate.model.PaymentMethod;
import io.paystate.model.PaymentMethodId;
import io.paystate.model.SetupIntent;
import io.paystate.model.SetupIntentStatus;
import io.paystate.spi.IdGenerator;
import io.paystate.spi.PaymentMethodData;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A test-mode engine wired to a {@link ManualClock} and a {@link RecordingEventSink}: moving the
 * clock applies everything that fell due, as Stripe's clock would.
 *
 * <pre>{@code
 * TestEngine t = TestEngine.create();
 * PaymentIntent pi = t.engine().create(...);
 * t.clock().advance(Duration.ofDays(7));   // the hold expires here
 * }</pre>
 *
 * <p>For saved payment methods, the helpers below go through {@link PaymentEngine#execute} exactly
 * as a host would ({@code CustomerRequest}, {@code PaymentMethodRequest}, {@code SetupIntentRequest},
 * default account, no idempotency key):
 *
 * <pre>{@code
 * Customer jenny = t.createCustomer();
 * PaymentMethod card = t.saveCard(jenny.id(), "4000002500003155"); // 3-D Secure passed: set up for off_session
 * }</pre>
 *
 * @param engine the engine (test-mode processor, in-memory store)
 * @param clock the engine's clock
 * @param sink every event the engine emitted
 * @param acquirer every approval of the test-mode processor and every capture and release the engine
 *     asked it for
 */
public record TestEngine(PaymentEngine engine, ManualClock clock, RecordingEventSink sink, AcquirerLog acquirer) {
    /**
     * Throws {@link NullPointerException} if a component is null.
     *
     * @param engine the engine (test-mode processor, in-memory store)
     * @param clock the engine's clock
     * @param sink every event the engine emitted
     * @param acquirer every approval of the test-mode processor and every capture and release the engine asked it for
     */
    public TestEngine {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(sink, "sink");
        Objects.requireNonNull(acquirer, "acquirer");
    }

    /**
     * Returns a fresh test-mode engine with seed 0 for its ids.
     *
     * @return a fresh test-mode engine with seed 0 for its ids
     */
    public static TestEngine create() {
        return create(0L);
    }

    /**
     * Returns a fresh test-mode engine whose ids are drawn from {@code seed}.
     *
     * @param seed the seed of the generated ids
     * @return a fresh test-mode engine whose ids are drawn from {@code seed}
     */
    public static TestEngine create(long seed) {
        return create(seed, UnaryOperator.identity());
    }

    /**
     * Returns a fresh engine configured further by {@code customizer} (e.g. an authorization window);
     * the customizer must not set the clock, sink, processor or id generator.
     * @param seed the seed of the generated ids
     * @param customizer further configuration of the builder
     * @return a fresh engine configured further by {@code customizer} (e.g
     */
    public static TestEngine create(long seed, UnaryOperator<PaymentEngineBuilder> customizer) {
        ManualClock clock = new ManualClock();
        RecordingEventSink sink = new RecordingEventSink();
        AcquirerLog acquirer = new AcquirerLog();
        IdGenerator ids = IdGenerator.seeded(seed);
        PaymentEngine engine = customizer.apply(PaymentEngine.builder()).clock(clock).eventSink(sink)
                .processor(TestModeProcessor.recording(ids, TestModeProcessor.DEFAULT_SETTLEMENT_DELAY, acquirer))
                .idGenerator(ids).build();
        clock.onAdvance(now -> engine.processDue());
        return new TestEngine(engine, clock, sink, acquirer);
    }

    /**
     * Executes a request in the default account without an idempotency key and returns its body.
     *
     * @param <T> the type of the response body
     * @param request the request
     * @return the response body
     * @throws io.paystate.engine.PaymentEngineException as {@link PaymentEngine#execute} does
     */
    public <T> T execute(Request<T> request) {
        return engine.execute(request, RequestOptions.none()).body();
    }

    /**
     * Creates a customer without details.
     *
     * @return the new customer
     */
    public Customer createCustomer() {
        return createCustomer(CustomerParams.none());
    }

    /**
     * Creates a customer.
     *
     * @param params the customer's details
     * @return the new customer
     * @throws io.paystate.engine.InvalidRequestException if a parameter is invalid
     */
    public Customer createCustomer(CustomerParams params) {
        return execute(new CustomerRequest.Create(params));
    }

    /**
     * Creates (tokenizes) a stored card payment method from a test card number, e.g.
     * {@code 4000002500003155}; it is {@code new}: usable once, or attachable.
     *
     * @param number a test card number
     * @return the new payment method
     * @throws io.paystate.engine.InvalidRequestException if the number is no test card of the processor
     */
    public PaymentMethod createCard(String number) {
        Objects.requireNonNull(number, "number");
        return execute(new PaymentMethodRequest.Create(new PaymentMethodData("card", Map.of("number", number)),
                Map.of()));
    }

    /**
     * Sets a stored method up for off-session use with a confirmed SetupIntent for {@code customer};
     * when the card asks for 3-D Secure, the customer answers {@code threeDSecure}. Returns the
     * SetupIntent as it ends: {@code succeeded} (the method is attached to the customer and set up),
     * or {@code requires_payment_method} after a failed challenge.
     *
     * @param customer the customer to attach the method to
     * @param paymentMethod the stored method
     * @param threeDSecure the customer's answer, should the card ask for 3-D Secure
     * @return the SetupIntent after the setup and the challenge, if any
     * @throws io.paystate.engine.CardException if the card declines the setup (402, carrying the SetupIntent)
     * @throws io.paystate.engine.InvalidRequestException if the customer is unknown or the method may not be set up
     */
    public SetupIntent setUp(CustomerId customer, PaymentMethodId paymentMethod, ActionOutcome threeDSecure) {
        Objects.requireNonNull(threeDSecure, "threeDSecure");
        SetupIntent si = execute(new SetupIntentRequest.Create(SetupIntentCreateParams.builder()
                .customer(customer.value()).paymentMethod(paymentMethod.value()).confirm(true).build()));
        if (si.status() == SetupIntentStatus.REQUIRES_ACTION) {
            si = execute(new SetupIntentRequest.CompleteAction(si.id(), threeDSecure));
        }
        return si;
    }

    /**
     * Saves a test card for {@code customer}, as a checkout page would: creates the card, sets it up
     * with a SetupIntent and passes 3-D Secure if the card asks for it. Returns the stored method,
     * attached to the customer and set up for {@code off_session}.
     *
     * @param customer the customer to save the card for
     * @param number a test card number that sets up, e.g. {@code 4242424242424242} or {@code 4000002500003155}
     * @return the saved payment method, as stored after the setup
     * @throws io.paystate.engine.CardException if the card declines the setup
     * @throws IllegalStateException if the setup did not succeed (a card whose setup stays pending)
     */
    public PaymentMethod saveCard(CustomerId customer, String number) {
        PaymentMethod card = createCard(number);
        SetupIntent si = setUp(customer, card.id(), ActionOutcome.SUCCESS);
        if (si.status() != SetupIntentStatus.SUCCEEDED) {
            throw new IllegalStateException("the setup of " + number + " ended in " + si.status().wireName());
        }
        return paymentMethod(card.id());
    }

    /**
     * Retrieves a stored payment method.
     *
     * @param id the method's id
     * @return the method as stored now
     * @throws io.paystate.engine.InvalidRequestException if there is no such method (404)
     */
    public PaymentMethod paymentMethod(PaymentMethodId id) {
        return execute(new PaymentMethodRequest.Retrieve(id));
    }

    /**
     * Retrieves a SetupIntent, with any settlement that fell due applied.
     *
     * @param id the SetupIntent's id
     * @return the SetupIntent as of the engine clock
     * @throws io.paystate.engine.InvalidRequestException if there is no such SetupIntent (404)
     */
    public SetupIntent setupIntent(io.paystate.model.SetupIntentId id) {
        return execute(new SetupIntentRequest.Retrieve(id));
    }

    /**
     * Retrieves a customer; a deleted one is shown as deleted.
     *
     * @param id the customer's id
     * @return the customer
     * @throws io.paystate.engine.InvalidRequestException if there is no such customer (404)
     */
    public Customer customer(CustomerId id) {
        return execute(new CustomerRequest.Retrieve(id));
    }
}
