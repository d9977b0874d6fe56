package io.paystate.testkit.jqwik;

import io.paystate.engine.CreateParams;
import io.paystate.model.CaptureMethod;
import io.paystate.model.Currency;
import io.paystate.model.ErrorCode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik arbitraries for PayState's parameters and test payment methods. */
public final class PayStateArbitraries {
    private PayStateArbitraries() {}

    /** Every supported currency (zero-decimal ones included). */
    public static Arbitrary<Currency> currencies() {
        return Arbitraries.of(List.copyOf(Currency.supported()));
    }

    /** Zero-decimal currencies only ({@code jpy}, {@code krw}, ...). */
    public static Arbitrary<Currency> zeroDecimalCurrencies() {
        return currencies().filter(c -> c.decimals() == 0);
    }

    /** Metadata within Stripe's limits: up to 50 keys of up to 40 characters, values up to 500. */
    public static Arbitrary<Map<String, String>> metadata() {
        return metadata(50);
    }

    /** Metadata within Stripe's limits with at most {@code maxKeys} keys. */
    public static Arbitrary<Map<String, String>> metadata(int maxKeys) {
        Arbitrary<String> keys = Arbitraries.strings().alpha().numeric().withChars('_', '-').ofMinLength(1).ofMaxLength(40);
        Arbitrary<String> values = Arbitraries.strings().ofMinLength(1).ofMaxLength(500)
                .filter(v -> !v.isEmpty());
        return Arbitraries.maps(keys, values).ofMaxSize(Math.min(maxKeys, 50));
    }

    /** Valid create parameters: an amount within the currency's limits, metadata, capture method. */
    public static Arbitrary<CreateParams> validCreateParams() {
        return currencies().flatMap(currency -> Combinators.combine(
                Arbitraries.longs().between(currency.minimumAmount(), Currency.MAXIMUM_AMOUNT),
                metadata(5), Arbitraries.of(CaptureMethod.class), Arbitraries.strings().alpha()
                        .ofMaxLength(1000).injectNull(0.5))
                .as((amount, meta, capture, description) -> {
                    CreateParams.Builder b = CreateParams.builder(amount, currency.code()).metadata(meta)
                            .captureMethod(capture);
                    if (description != null && !description.isEmpty()) {
                        b.description(description);
                    }
                    return b.build();
                }));
    }

    /** Create parameters each breaking one rule of spec A 11, with the expected {@code param} and code. */
    public static Arbitrary<InvalidCreate> invalidCreateParams() {
        Arbitrary<InvalidCreate> belowMinimum = currencies().map(c -> new InvalidCreate("below the minimum of " + c,
                CreateParams.builder(c.minimumAmount() - 1, c.code()).build(), "amount", ErrorCode.AMOUNT_TOO_SMALL));
        Arbitrary<InvalidCreate> aboveMaximum = Arbitraries.longs().between(Currency.MAXIMUM_AMOUNT + 1, Long.MAX_VALUE)
                .map(a -> new InvalidCreate("above the maximum", CreateParams.builder(a, "usd").build(), "amount",
                        ErrorCode.AMOUNT_TOO_LARGE));
        Arbitrary<InvalidCreate> notPositive = Arbitraries.longs().lessOrEqual(0).map(a -> new InvalidCreate(
                "not positive", CreateParams.builder(a, "usd").build(), "amount", ErrorCode.AMOUNT_TOO_SMALL));
        Arbitrary<InvalidCreate> badCurrency = Arbitraries.strings().alpha().ofLength(3)
                .filter(code -> Currency.find(code).isEmpty())
                .map(code -> new InvalidCreate("unknown currency " + code, CreateParams.builder(1000, code).build(),
                        "currency", null));
        Arbitrary<InvalidCreate> tooManyKeys = Arbitraries.integers().between(51, 60).map(n -> {
            Map<String, String> meta = new HashMap<>();
            for (int i = 0; i < n; i++) {
                meta.put("k" + i, "v");
            }
            return new InvalidCreate(n + " metadata keys", CreateParams.builder(1000, "usd").metadata(meta).build(),
                    "metadata", null);
        });
        Arbitrary<InvalidCreate> longKey = Arbitraries.strings().alpha().ofMinLength(41).ofMaxLength(60).map(k ->
                new InvalidCreate("a key of " + k.length(), CreateParams.builder(1000, "usd").metadata(k, "v").build(),
                        "metadata", null));
        Arbitrary<InvalidCreate> longValue = Arbitraries.strings().alpha().ofMinLength(501).ofMaxLength(600).map(v ->
                new InvalidCreate("a value of " + v.length(), CreateParams.builder(1000, "usd").metadata("k", v).build(),
                        "metadata", null));
        Arbitrary<InvalidCreate> longDescription = Arbitraries.strings().alpha().ofMinLength(1001).ofMaxLength(1100)
                .map(d -> new InvalidCreate("a description of " + d.length(),
                        CreateParams.builder(1000, "usd").description(d).build(), "description", null));
        Arbitrary<InvalidCreate> missingAmount = Arbitraries.just(new InvalidCreate("no amount",
                CreateParams.builder().currency("usd").build(), "amount", ErrorCode.PARAMETER_MISSING));
        Arbitrary<InvalidCreate> missingCurrency = Arbitraries.just(new InvalidCreate("no currency",
                CreateParams.builder().amount(1000).build(), "currency", ErrorCode.PARAMETER_MISSING));
        return Arbitraries.oneOf(belowMinimum, aboveMaximum, notPositive, badCurrency, tooManyKeys, longKey, longValue,
                longDescription, missingAmount, missingCurrency);
    }

    /** Test payment-method ids with this outcome. */
    public static Arbitrary<String> paymentMethods(PaymentMethodOutcome outcome) {
        return Arbitraries.of(outcome.ids());
    }

    /** Test card ids of every card outcome (succeeds, declines, needs authentication). */
    public static Arbitrary<String> cards() {
        return Arbitraries.oneOf(paymentMethods(PaymentMethodOutcome.SUCCEEDS),
                paymentMethods(PaymentMethodOutcome.DECLINES), paymentMethods(PaymentMethodOutcome.NEEDS_AUTHENTICATION));
    }

    /** Whole lifecycles: sequences of operations and clock advances, as the steps of {@link LifecycleModel}. */
    public static Arbitrary<List<LifecycleModel.Step>> lifecycles() {
        return LifecycleModel.steps().list().ofMinSize(1).ofMaxSize(30);
    }
}
