package io.paystate.testkit.jqwik;

import io.paystate.engine.CreateParams;
import io.paystate.engine.CustomerParams;
import io.paystate.engine.SetupIntentCreateParams;
import io.paystate.model.CaptureMethod;
import io.paystate.model.Currency;
import io.paystate.model.ErrorCode;
import io.paystate.model.SetupFutureUsage;
import io.paystate.model.ThreeDSecureRequest;
import io.paystate.spi.PaymentMethodData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.jspecify.annotations.Nullable;

/**
 * jqwik arbitraries for PayState: parameters (valid and invalid) of intents, customers and
 * SetupIntents, test payment methods by outcome, the test cards for saving, and whole lifecycles.
 *
 * <p>Every arbitrary here is checked against the engine by the testkit's own properties: valid
 * parameters are accepted, invalid ones get exactly the error they are paired with, each test
 * payment method has the outcome it is listed under.
 *
 * <p>Thread safety: stateless; the returned arbitraries are jqwik's, used as jqwik documents.
 */
public final class PayStateArbitraries {
    /** The maximum lengths the engine enforces on create (spec B 5.4). */
    private static final int MAX_DESCRIPTION = 1000;
    private static final int MAX_DESCRIPTOR = 22;
    private static final int MAX_ID = 5000;

    private PayStateArbitraries() {}

    /**
     * Returns every supported currency, zero- and three-decimal ones included.
     *
     * @return every supported currency, zero- and three-decimal ones included
     */
    public static Arbitrary<Currency> currencies() {
        return Arbitraries.of(List.copyOf(Currency.supported()));
    }

    /**
     * Returns the zero-decimal currencies only ({@code jpy}, {@code krw}, ...), whose amounts are whole units.
     *
     * @return the zero-decimal currencies only ({@code jpy}, {@code krw}, ...), whose amounts are whole units
     */
    public static Arbitrary<Currency> zeroDecimalCurrencies() {
        return Arbitraries.of(Currency.supported().stream().filter(c -> c.decimals() == 0).toList());
    }

    /**
     * Returns valid amounts of {@code currency}: its minimum to 99999999 minor units, both included.
     *
     * @param currency the currency
     * @return valid amounts of {@code currency}: its minimum to 99999999 minor units, both included
     */
    public static Arbitrary<Long> amounts(Currency currency) {
        return Arbitraries.longs().between(currency.minimumAmount(), Currency.MAXIMUM_AMOUNT);
    }

    /**
     * Returns metadata within Stripe's limits: up to 50 keys of 1-40 characters, values of 1-500.
     *
     * @return metadata within Stripe's limits: up to 50 keys of 1-40 characters, values of 1-500
     */
    public static Arbitrary<Map<String, String>> metadata() {
        return metadata(50);
    }

    /**
     * Returns metadata within Stripe's limits with at most {@code maxKeys} keys (capped at 50); keys
     * never contain {@code [} or {@code ]}.
     *
     * @param maxKeys the max keys
     * @return metadata within Stripe's limits with at most {@code maxKeys} keys (capped at 50); keys never contain {@code [} or {@code ]}
     */
    public static Arbitrary<Map<String, String>> metadata(int maxKeys) {
        Arbitrary<String> keys = Arbitraries.strings().alpha().numeric().withChars('_', '-').ofMinLength(1)
                .ofMaxLength(40);
        Arbitrary<String> values = Arbitraries.strings().ofMinLength(1).ofMaxLength(500);
        return Arbitraries.maps(keys, values).ofMaxSize(Math.max(0, Math.min(maxKeys, 50)));
    }

    /**
     * Returns valid create parameters, unconfirmed: any supported currency with an amount within its
     * limits, metadata within limits, any capture method, an optional description.
     *
     * @return valid create parameters, unconfirmed: any supported currency with an amount within its limits, metadata within limits, any capture method, an optional description
     */
    public static Arbitrary<CreateParams> validCreateParams() {
        return currencies().flatMap(PayStateArbitraries::validCreateParams);
    }

    /**
     * Returns valid, unconfirmed create parameters in {@code currency}.
     *
     * @param currency the currency
     * @return valid, unconfirmed create parameters in {@code currency}
     */
    public static Arbitrary<CreateParams> validCreateParams(Currency currency) {
        return Combinators.combine(amounts(currency), metadata(5), Arbitraries.of(CaptureMethod.class),
                        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(MAX_DESCRIPTION).injectNull(0.5))
                .as((amount, meta, capture, description) -> {
                    CreateParams.Builder b = CreateParams.builder(amount, currency.code()).metadata(meta)
                            .captureMethod(capture);
                    if (description != null) {
                        b.description(description);
                    }
                    return b.build();
                });
    }

    /**
     * Returns create parameters that each break exactly one rule of spec A 11 that the typed API can
     * express, paired with the {@code param} and code of the 400 they must get. Unknown parameters,
     * wrong types and unknown enum values cannot be written with {@code CreateParams}; the wire layer
     * tests those.
     *
     * @return create parameters that each break exactly one rule of spec A 11 that the typed API can express, paired with the {@code param} and code of the 400 they must get
     */
    public static Arbitrary<InvalidCreate> invalidCreateParams() {
        return Arbitraries.oneOf(List.of(
                Arbitraries.just(new InvalidCreate("no amount", CreateParams.builder().currency("usd").build(),
                        "amount", ErrorCode.PARAMETER_MISSING)),
                Arbitraries.just(new InvalidCreate("no currency", CreateParams.builder().amount(1000).build(),
                        "currency", ErrorCode.PARAMETER_MISSING)),
                currencies().map(c -> new InvalidCreate("below the minimum of " + c,
                        CreateParams.builder(c.minimumAmount() - 1, c.code()).build(), "amount",
                        ErrorCode.AMOUNT_TOO_SMALL)),
                Combinators.combine(currencies(), Arbitraries.longs().lessOrEqual(0)).as((c, a) ->
                        new InvalidCreate("not positive", CreateParams.builder(a, c.code()).build(), "amount",
                                ErrorCode.AMOUNT_TOO_SMALL)),
                Combinators.combine(currencies(), Arbitraries.longs().greaterOrEqual(Currency.MAXIMUM_AMOUNT + 1))
                        .as((c, a) -> new InvalidCreate("above the maximum", CreateParams.builder(a, c.code()).build(),
                                "amount", ErrorCode.AMOUNT_TOO_LARGE)),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(5).filter(code -> Currency.find(code).isEmpty())
                        .map(code -> new InvalidCreate("unknown currency " + code,
                                CreateParams.builder(1000, code).build(), "currency", null)),
                currencies().map(c -> c.code().toUpperCase(Locale.ROOT)).map(code -> new InvalidCreate(
                        "upper-case currency " + code, CreateParams.builder(100_000, code).build(), "currency", null)),
                Arbitraries.integers().between(51, 80).map(n -> new InvalidCreate(n + " metadata keys",
                        valid().metadata(keys(n)).build(), "metadata", null)),
                Arbitraries.strings().alpha().ofMinLength(41).ofMaxLength(80).map(k -> new InvalidCreate(
                        "a metadata key of " + k.length(), valid().metadata(k, "v").build(), "metadata", null)),
                Combinators.combine(Arbitraries.strings().alpha().ofMaxLength(20), Arbitraries.of('[', ']'))
                        .as((k, bracket) -> new InvalidCreate("a metadata key with " + bracket,
                                valid().metadata(k + bracket, "v").build(), "metadata", null)),
                Arbitraries.strings().alpha().ofMinLength(501).ofMaxLength(700).map(v -> new InvalidCreate(
                        "a metadata value of " + v.length(), valid().metadata("k", v).build(), "metadata", null)),
                tooLong(MAX_DESCRIPTION).map(d -> new InvalidCreate("a description of " + d.length(),
                        valid().description(d).build(), "description", null)),
                tooLong(MAX_ID).map(c -> new InvalidCreate("a customer of " + c.length(),
                        valid().customer(c).build(), "customer", null)),
                tooLong(MAX_DESCRIPTOR).map(s -> new InvalidCreate("a statement_descriptor_suffix of " + s.length(),
                        valid().statementDescriptorSuffix(s).build(), "statement_descriptor_suffix", null)),
                tooLong(MAX_DESCRIPTOR).map(s -> new InvalidCreate("a statement_descriptor of " + s.length(),
                        valid().paymentMethodTypes(List.of("sepa_debit")).statementDescriptor(s).build(),
                        "statement_descriptor", null)),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(30).map(e -> new InvalidCreate(
                        "receipt_email " + e, valid().receiptEmail(e).build(), "receipt_email",
                        ErrorCode.EMAIL_INVALID)),
                Arbitraries.just(new InvalidCreate("no payment_method_types",
                        valid().paymentMethodTypes(List.of()).build(), "payment_method_types",
                        ErrorCode.PARAMETER_INVALID_EMPTY)),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12).filter(t -> !t.equals("card"))
                        .map(t -> new InvalidCreate("payment_method_types " + t,
                                valid().paymentMethodTypes(List.of("card", t + "_x")).build(), "payment_method_types",
                                null)),
                Arbitraries.just(new InvalidCreate("payment_method with payment_method_data",
                        valid().paymentMethod("pm_card_visa").paymentMethodData(new PaymentMethodData("card",
                                Map.of("number", "4242424242424242"))).build(), "payment_method_data",
                        ErrorCode.PARAMETERS_EXCLUSIVE)),
                Arbitraries.of(true, false).map(off -> new InvalidCreate("off_session without confirm",
                        valid().offSession(off).build(), "off_session", null)),
                Arbitraries.just(new InvalidCreate("return_url without confirm",
                        valid().returnUrl("https://example.com/return").build(), "return_url", null))));
    }

    private static CreateParams.Builder valid() {
        return CreateParams.builder(1000, "usd");
    }

    private static Arbitrary<String> tooLong(int max) {
        return Arbitraries.strings().alpha().ofMinLength(max + 1).ofMaxLength(max + 50);
    }

    private static Map<String, String> keys(int n) {
        Map<String, String> meta = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            meta.put("k" + i, "v");
        }
        return meta;
    }

    /**
     * Returns test payment-method ids with this outcome.
     *
     * @param outcome the outcome
     * @return test payment-method ids with this outcome
     */
    public static Arbitrary<String> paymentMethods(PaymentMethodOutcome outcome) {
        return Arbitraries.of(outcome.ids());
    }

    /**
     * Returns test card ids of every card outcome: succeeds, declines, needs authentication.
     *
     * @return test card ids of every card outcome: succeeds, declines, needs authentication
     */
    public static Arbitrary<String> cards() {
        return Arbitraries.oneOf(paymentMethods(PaymentMethodOutcome.SUCCEEDS),
                paymentMethods(PaymentMethodOutcome.DECLINES),
                paymentMethods(PaymentMethodOutcome.NEEDS_AUTHENTICATION));
    }

    /**
     * Returns every test payment method of every outcome, asynchronous bank debits included.
     *
     * @return every test payment method of every outcome, asynchronous bank debits included
     */
    public static Arbitrary<String> anyPaymentMethod() {
        return Arbitraries.oneOf(cards(), paymentMethods(PaymentMethodOutcome.ASYNC));
    }

    /**
     * Returns the declining test cards with the code and decline code each must get.
     *
     * @return the declining test cards with the code and decline code each must get
     */
    public static Arbitrary<TestDecline> declines() {
        return Arbitraries.of(TestDecline.all());
    }

    /**
     * Returns whole lifecycles: 1 to 30 steps of operations and clock advances, to apply in order
     * with {@link LifecycleModel.Step#apply}.
     *
     * @return whole lifecycles: 1 to 30 steps of operations and clock advances, to apply in order with {@link LifecycleModel.Step#apply}
     */
    public static Arbitrary<List<LifecycleModel.Step>> lifecycles() {
        return LifecycleModel.steps().list().ofMinSize(1).ofMaxSize(30);
    }

    /**
     * Returns valid customer parameters: an optional email address ({@code local@domain.tld}, within
     * Stripe's 512 characters), name (up to 256), description (up to 5000) and metadata within
     * Stripe's limits; no default payment method.
     *
     * @return valid customer parameters, for {@code CustomerRequest.Create}
     */
    public static Arbitrary<CustomerParams> customerParams() {
        Arbitrary<String> word = Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(20);
        Arbitrary<String> email = Combinators.combine(word, word, Arbitraries.of("com", "io", "example"))
                .as((local, domain, tld) -> local + "@" + domain + "." + tld);
        return Combinators.combine(email.injectNull(0.3), Arbitraries.strings().ofMinLength(1).ofMaxLength(256)
                        .injectNull(0.5), Arbitraries.strings().ofMinLength(1).ofMaxLength(300).injectNull(0.7),
                metadata(5)).as((e, name, description, meta) -> {
                    CustomerParams.Builder b = CustomerParams.builder();
                    if (e != null) {
                        b.email(e);
                    }
                    if (name != null) {
                        b.name(name);
                    }
                    if (description != null) {
                        b.description(description);
                    }
                    meta.forEach(b::metadata);
                    return b.build();
                });
    }

    /**
     * Returns the test cards for saving a card and charging it later: {@code 4242424242424242},
     * {@code 4000002500003155} (authenticate unless set up), {@code 4000002760003184} (always
     * authenticate), {@code 4000000000000341} (attaches, then declines every charge).
     *
     * @return the saved-card test cards
     */
    public static Arbitrary<SavedTestCard> savedCards() {
        return Arbitraries.of(SavedTestCard.class);
    }

    /**
     * Returns valid, unconfirmed SetupIntent create parameters without customer or payment method:
     * any {@code usage} (or the default), an optional description (up to 1000), metadata within
     * Stripe's limits, any {@code request_three_d_secure} (or the default). Every sample is accepted
     * by any engine and gives a SetupIntent in {@code requires_payment_method}.
     *
     * @return unconfirmed SetupIntent create parameters
     */
    public static Arbitrary<SetupIntentCreateParams> setupIntentCreateParams() {
        return setupIntentParams(null, null);
    }

    /**
     * Returns valid SetupIntent create parameters confirming {@code paymentMethod} for
     * {@code customer} at once, with the options of {@link #setupIntentCreateParams()}. A
     * {@code request_three_d_secure} of {@code any} or {@code challenge} asks for 3-D Secure even
     * for cards that would not, and {@code usage=on_session} sets the method up for on-session use
     * only.
     *
     * @param customer a live customer's id ({@code cus_...})
     * @param paymentMethod a payment method's id ({@code pm_...}) the customer may use
     * @return confirming SetupIntent create parameters
     */
    public static Arbitrary<SetupIntentCreateParams> setupIntentCreateParams(String customer, String paymentMethod) {
        return setupIntentParams(Objects.requireNonNull(customer, "customer"),
                Objects.requireNonNull(paymentMethod, "paymentMethod"));
    }

    private static Arbitrary<SetupIntentCreateParams> setupIntentParams(@Nullable String customer,
            @Nullable String paymentMethod) {
        return Combinators.combine(Arbitraries.of(SetupFutureUsage.class).injectNull(0.4),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(MAX_DESCRIPTION).injectNull(0.6), metadata(5),
                Arbitraries.of(ThreeDSecureRequest.class).injectNull(0.5)).as((usage, description, meta, threeDs) -> {
                    SetupIntentCreateParams.Builder b = SetupIntentCreateParams.builder();
                    if (customer != null && paymentMethod != null) {
                        b.customer(customer).paymentMethod(paymentMethod).confirm(true);
                    }
                    if (usage != null) {
                        b.usage(usage);
                    }
                    if (description != null) {
                        b.description(description);
                    }
                    if (threeDs != null) {
                        b.requestThreeDSecure(threeDs);
                    }
                    meta.forEach(b::metadata);
                    return b.build();
                });
    }
}
