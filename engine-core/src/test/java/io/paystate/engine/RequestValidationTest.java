package io.paystate.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paystate.model.CancellationReason;
import io.paystate.model.ErrorCode;
import io.paystate.model.ErrorType;
import io.paystate.model.PaymentIntent;
import io.paystate.spi.IdGenerator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Spec A 11: every validation rule names its param and changes nothing. */
final class RequestValidationTest {
    private final InMemoryPaymentIntentStore store = new InMemoryPaymentIntentStore();
    private final RecordingSink sink = new RecordingSink();
    private final PaymentEngine engine = PaymentEngine.builder().clock(new TestClock()).store(store).eventSink(sink)
            .processor(new ScriptedProcessor()).idGenerator(IdGenerator.seeded(4)).build();

    private static Map<String, String> keys(int n, int keyLength, int valueLength) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String key = ("k" + i + "x".repeat(keyLength)).substring(0, Math.max(keyLength, 2));
            map.put(i + key.substring(Integer.toString(i).length()), "v".repeat(valueLength));
        }
        return map;
    }

    static Stream<Arguments> invalidCreates() {
        return Stream.of(
                Arguments.of("missing amount", (Consumer<CreateParams.Builder>) b -> b.currency("usd"), "amount",
                        ErrorCode.PARAMETER_MISSING),
                Arguments.of("missing currency", (Consumer<CreateParams.Builder>) b -> b.amount(1000), "currency",
                        ErrorCode.PARAMETER_MISSING),
                Arguments.of("zero amount", create(0, "usd"), "amount", ErrorCode.AMOUNT_TOO_SMALL),
                Arguments.of("negative amount", create(-5, "usd"), "amount", ErrorCode.AMOUNT_TOO_SMALL),
                Arguments.of("usd below 50", create(49, "usd"), "amount", ErrorCode.AMOUNT_TOO_SMALL),
                Arguments.of("gbp below 30", create(29, "gbp"), "amount", ErrorCode.AMOUNT_TOO_SMALL),
                Arguments.of("jpy below 50", create(49, "jpy"), "amount", ErrorCode.AMOUNT_TOO_SMALL),
                Arguments.of("huf below 17500", create(17499, "huf"), "amount", ErrorCode.AMOUNT_TOO_SMALL),
                Arguments.of("over 99999999", create(100_000_000, "usd"), "amount", ErrorCode.AMOUNT_TOO_LARGE),
                Arguments.of("unknown currency", create(1000, "zzz"), "currency", null),
                Arguments.of("upper-case currency", create(1000, "USD"), "currency", null),
                Arguments.of("51 metadata keys", with(b -> b.metadata(keys(51, 3, 1))), "metadata", null),
                Arguments.of("41-character key", with(b -> b.metadata("k".repeat(41), "v")), "metadata", null),
                Arguments.of("501-character value", with(b -> b.metadata("k", "v".repeat(501))), "metadata", null),
                Arguments.of("key with brackets", with(b -> b.metadata("a[b]", "v")), "metadata", null),
                Arguments.of("1001-character description", with(b -> b.description("d".repeat(1001))), "description",
                        null),
                Arguments.of("23-character suffix", with(b -> b.statementDescriptorSuffix("s".repeat(23))),
                        "statement_descriptor_suffix", null),
                Arguments.of("descriptor on card", with(b -> b.statementDescriptor("SHOP")), "statement_descriptor",
                        null),
                Arguments.of("bad receipt email", with(b -> b.receiptEmail("nobody")), "receipt_email",
                        ErrorCode.EMAIL_INVALID),
                Arguments.of("unknown payment method type", with(b -> b.paymentMethodTypes(List.of("cash"))),
                        "payment_method_types", null),
                Arguments.of("off_session without confirm", with(b -> b.offSession(true)), "off_session", null),
                Arguments.of("return_url without confirm", with(b -> b.returnUrl("https://x")), "return_url", null),
                Arguments.of("malformed payment method", with(b -> b.paymentMethod("card_1")), "payment_method",
                        ErrorCode.RESOURCE_MISSING),
                Arguments.of("unknown payment method", with(b -> b.paymentMethod("pm_nope")), "payment_method",
                        ErrorCode.RESOURCE_MISSING),
                Arguments.of("confirm without payment method", with(b -> b.confirm(true)), "payment_method",
                        ErrorCode.PARAMETER_MISSING));
    }

    private static Consumer<CreateParams.Builder> create(long amount, String currency) {
        return b -> b.amount(amount).currency(currency);
    }

    private static Consumer<CreateParams.Builder> with(Consumer<CreateParams.Builder> more) {
        return b -> more.accept(b.amount(1000).currency("usd"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidCreates")
    void create_invalidParameter_isA400NamingItAndStoresNothing(String rule, Consumer<CreateParams.Builder> params,
            String param, ErrorCode code) {
        CreateParams.Builder b = CreateParams.builder();
        params.accept(b);
        assertThatThrownBy(() -> engine.create(b.build())).isInstanceOfSatisfying(InvalidRequestException.class, e -> {
            assertThat(e.httpStatus()).isEqualTo(400);
            assertThat(e.type()).isEqualTo(ErrorType.INVALID_REQUEST_ERROR);
            assertThat(e.param()).contains(param);
            assertThat(e.code().orElse(null)).isEqualTo(code);
        });
        assertThat(store.size()).isZero();
        assertThat(sink.size()).isZero();
    }

    @Test
    void create_limitsExactly_areAccepted() {
        engine.create(CreateParams.builder(50, "usd").metadata(keys(50, 40, 500)).description("d".repeat(1000))
                .statementDescriptorSuffix("s".repeat(22)).build());
        engine.create(CreateParams.builder(99_999_999, "usd").build());
        engine.create(CreateParams.builder(17500, "huf").build());
        assertThat(store.size()).isEqualTo(2 + 1);
    }

    @Test
    void create_metadataWithEmptyValues_leavesThoseKeysOutAndKeepsTheRest() {
        PaymentIntent kept = engine.create(CreateParams.builder(1000, "usd").metadata("order", "42").build());
        PaymentIntent filtered = engine.create(CreateParams.builder(1000, "usd").metadata("order", "42")
                .metadata("note", "").build());

        assertThat(kept.metadata()).containsExactly(Map.entry("order", "42"));
        assertThat(filtered.metadata()).containsExactly(Map.entry("order", "42"));
    }

    @Test
    void operationsOnAnIntent_invalidParameters_nameTheirParamAndChangeNothing() {
        PaymentIntent pi = engine.create(CreateParams.builder(1000, "usd").metadata(keys(50, 3, 1)).build());
        int events = sink.size();
        assertParam(() -> engine.cancel(pi.id(), CancelParams.reason(CancellationReason.AUTOMATIC)),
                "cancellation_reason");
        assertParam(() -> engine.capture(pi.id(), CaptureParams.amount(0)), "amount_to_capture");
        assertParam(() -> engine.capture(pi.id(), new CaptureParams(null, false)), "final_capture");
        assertParam(() -> engine.incrementAuthorization(pi.id(), new IncrementAuthorizationParams(null, null)), "amount");
        assertParam(() -> engine.update(pi.id(), UpdateParams.builder().amount(10).build()), "amount");
        assertParam(() -> engine.update(pi.id(), UpdateParams.builder().currency("xyz").build()), "currency");
        assertParam(() -> engine.update(pi.id(), UpdateParams.builder().metadata("extra", "v").build()), "metadata");
        assertParam(() -> engine.confirm(pi.id(), ConfirmParams.builder().receiptEmail("x").build()), "receipt_email");
        assertThat(engine.retrieve(pi.id())).isEqualTo(pi);
        assertThat(sink.size()).isEqualTo(events);
    }

    @Test
    void update_removingAKey_makesRoomWithinTheLimit() {
        PaymentIntent pi = engine.create(CreateParams.builder(1000, "usd").metadata(keys(50, 3, 1)).build());
        String existing = pi.metadata().keySet().iterator().next();
        PaymentIntent updated = engine.update(pi.id(), UpdateParams.builder().metadata(existing, "")
                .metadata("new", "v").build());
        assertThat(updated.metadata()).hasSize(50).containsKey("new").doesNotContainKey(existing);
    }

    private static void assertParam(Runnable call, String param) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.param()).contains(param));
    }
}
