package io.paystate.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paystate.model.Customer;
import io.paystate.model.ErrorCode;
import io.paystate.model.SetupIntent;
import io.paystate.model.SetupIntentId;
import io.paystate.spi.IdGenerator;
import io.paystate.spi.PaymentMethodData;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every parameter rule of the SetupIntent API, through the engine: each broken rule is a 400 naming
 * Stripe's {@code param}, and it stores nothing and emits nothing.
 */
final class SetupIntentValidationTest {
    private final InMemorySetupIntentStore store = new InMemorySetupIntentStore();
    private final PaymentEngine engine = PaymentEngine.builder().clock(new TestClock()).setupIntentStore(store)
            .idGenerator(IdGenerator.seeded(3)).build();

    private <T> T run(Request<T> request) {
        return engine.execute(request, RequestOptions.none()).body();
    }

    private static Map<String, String> metadata(int keys) {
        Map<String, String> m = new java.util.HashMap<>();
        for (int i = 0; i < keys; i++) {
            m.put("k" + i, "v");
        }
        return m;
    }

    private static SetupIntentCreateParams withMetadata(Map<String, String> metadata) {
        return new SetupIntentCreateParams(null, null, null, false, null, null, null, metadata, null, null);
    }

    static Stream<Arguments> createRules() {
        PaymentMethodData data = new PaymentMethodData("card", Map.of("number", "4242424242424242"));
        return Stream.of(
                Arguments.of("description over 1000", SetupIntentCreateParams.builder()
                        .description("x".repeat(1001)).build(), "description", null),
                Arguments.of("51 metadata keys", withMetadata(metadata(51)), "metadata", null),
                Arguments.of("41-character key", withMetadata(Map.of("k".repeat(41), "v")), "metadata", null),
                Arguments.of("501-character value", withMetadata(Map.of("k", "v".repeat(501))), "metadata", null),
                Arguments.of("bracket in key", withMetadata(Map.of("a[b]", "v")), "metadata", null),
                Arguments.of("return_url without confirm", SetupIntentCreateParams.builder()
                        .returnUrl("https://example.com").build(), "return_url", null),
                Arguments.of("return_url too long", SetupIntentCreateParams.builder().paymentMethod("pm_card_visa")
                        .confirm(true).returnUrl("https://example.com/" + "x".repeat(5000)).build(), "return_url", null),
                Arguments.of("confirm without a payment method", SetupIntentCreateParams.builder().confirm(true)
                        .build(), "payment_method", ErrorCode.PARAMETER_MISSING),
                Arguments.of("payment_method and payment_method_data", SetupIntentCreateParams.builder()
                        .paymentMethod("pm_card_visa").paymentMethodData(data).build(), "payment_method_data",
                        ErrorCode.PARAMETERS_EXCLUSIVE),
                Arguments.of("payment method without pm_", SetupIntentCreateParams.builder().paymentMethod("card_1")
                        .build(), "payment_method", ErrorCode.RESOURCE_MISSING),
                Arguments.of("unknown pm_ id", SetupIntentCreateParams.builder().paymentMethod("pm_nope").build(),
                        "payment_method", ErrorCode.RESOURCE_MISSING),
                Arguments.of("empty payment_method_types", SetupIntentCreateParams.builder().paymentMethodTypes()
                        .build(), "payment_method_types", ErrorCode.PARAMETER_INVALID_EMPTY),
                Arguments.of("customer_balance type", SetupIntentCreateParams.builder()
                        .paymentMethodTypes("customer_balance").build(), "payment_method_types", null),
                Arguments.of("method of another type", SetupIntentCreateParams.builder()
                        .paymentMethodTypes("sepa_debit").paymentMethod("pm_card_visa").build(), "payment_method",
                        null),
                Arguments.of("unknown customer", SetupIntentCreateParams.builder().customer("cus_nope").build(),
                        "customer", ErrorCode.RESOURCE_MISSING),
                Arguments.of("customer too long", SetupIntentCreateParams.builder().customer("c".repeat(5001))
                        .build(), "customer", null),
                Arguments.of("blank customer", SetupIntentCreateParams.builder().customer("  ").build(), "customer",
                        ErrorCode.PARAMETER_INVALID_STRING_BLANK),
                Arguments.of("untokenizable card", SetupIntentCreateParams.builder().paymentMethodData(
                        new PaymentMethodData("card", Map.of("number", "4242424242424241"))).build(),
                        "payment_method_data[card][number]", ErrorCode.INCORRECT_NUMBER));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("createRules")
    void create_brokenRule_namesItsParamAndStoresNothing(String rule, SetupIntentCreateParams params, String param,
            @Nullable ErrorCode code) {
        assertRefused(() -> run(new SetupIntentRequest.Create(params)), param, code);
        assertThat(store.readLog(0, 10)).isEmpty();
        assertThat(run(new SetupIntentRequest.List(SetupIntentListParams.firstPage())).data()).isEmpty();
    }

    @Test
    void create_deletedCustomer_isResourceMissingOnCustomer() {
        Customer c = run(new CustomerRequest.Create(CustomerParams.none()));
        run(new CustomerRequest.Delete(c.id()));
        assertRefused(() -> run(new SetupIntentRequest.Create(SetupIntentCreateParams.builder()
                .customer(c.id().value()).build())), "customer", ErrorCode.RESOURCE_MISSING);
    }

    @Test
    void update_brokenRules_nameTheirParamsAndChangeNothing() {
        SetupIntent si = run(new SetupIntentRequest.Create(withMetadata(metadata(50))));
        int events = store.readLog(0, 10).size();
        assertRefused(() -> run(new SetupIntentRequest.Update(si.id(), SetupIntentUpdateParams.builder()
                .metadata("one_more", "v").build())), "metadata", null);
        assertRefused(() -> run(new SetupIntentRequest.Update(si.id(), SetupIntentUpdateParams.builder()
                .description("x".repeat(1001)).build())), "description", null);
        assertRefused(() -> run(new SetupIntentRequest.Update(si.id(), SetupIntentUpdateParams.builder()
                .paymentMethod("nope").build())), "payment_method", ErrorCode.RESOURCE_MISSING);
        assertRefused(() -> run(new SetupIntentRequest.Update(si.id(), SetupIntentUpdateParams.builder()
                .paymentMethodTypes("ideal").build())), "payment_method_types", null);
        assertRefused(() -> run(new SetupIntentRequest.Update(si.id(), SetupIntentUpdateParams.builder()
                .customer("cus_nope").build())), "customer", ErrorCode.RESOURCE_MISSING);
        SetupIntent withCard = run(new SetupIntentRequest.Update(si.id(), SetupIntentUpdateParams.builder()
                .paymentMethod("pm_card_visa").build()));
        assertRefused(() -> run(new SetupIntentRequest.Update(si.id(), SetupIntentUpdateParams.builder()
                .paymentMethodTypes("sepa_debit").build())), "payment_method", null);
        assertThat(run(new SetupIntentRequest.Retrieve(si.id()))).isEqualTo(withCard);
        assertThat(store.readLog(0, 10)).hasSize(events);
    }

    @Test
    void confirm_brokenRules_nameTheirParamsAndChangeNothing() {
        SetupIntent si = run(new SetupIntentRequest.Create(SetupIntentCreateParams.builder().build()));
        assertRefused(() -> run(new SetupIntentRequest.Confirm(si.id(), SetupIntentConfirmParams.builder()
                .paymentMethod("pm_card_visa").paymentMethodData(new PaymentMethodData("card", Map.of())).build())),
                "payment_method_data", ErrorCode.PARAMETERS_EXCLUSIVE);
        assertRefused(() -> run(new SetupIntentRequest.Confirm(si.id(), SetupIntentConfirmParams.builder()
                .paymentMethod("x_1").build())), "payment_method", ErrorCode.RESOURCE_MISSING);
        assertRefused(() -> run(new SetupIntentRequest.Confirm(si.id(), SetupIntentConfirmParams.builder()
                .paymentMethod("pm_card_visa").returnUrl("h".repeat(5001)).build())), "return_url", null);
        assertRefused(() -> run(new SetupIntentRequest.Confirm(si.id(), SetupIntentConfirmParams.builder()
                .paymentMethodData(new PaymentMethodData("card", Map.of())).build())),
                "payment_method_data[card][number]", ErrorCode.INVALID_NUMBER);
        assertThat(run(new SetupIntentRequest.Retrieve(si.id()))).isEqualTo(si);
        assertThat(store.readLog(0, 10)).hasSize(1);
    }

    @Test
    void list_brokenRules_nameTheirParams() {
        assertRefused(() -> run(new SetupIntentRequest.List(new SetupIntentListParams(null, null, null, null, 0, null,
                null))), "limit", null);
        assertRefused(() -> run(new SetupIntentRequest.List(new SetupIntentListParams(null, null, null, null, 101, null,
                null))), "limit", null);
        assertRefused(() -> run(new SetupIntentRequest.List(new SetupIntentListParams(null, null, null, null, null,
                "seti_a", "seti_b"))), "ending_before", ErrorCode.PARAMETERS_EXCLUSIVE);
        assertRefused(() -> run(new SetupIntentRequest.List(new SetupIntentListParams(null, null, null, null, null,
                "seti_nope", null))), "starting_after", ErrorCode.RESOURCE_MISSING);
        assertRefused(() -> run(new SetupIntentRequest.List(new SetupIntentListParams(null, null, null, null, null,
                null, "pi_123"))), "ending_before", ErrorCode.RESOURCE_MISSING);
        assertRefused(() -> run(new SetupIntentRequest.List(new SetupIntentListParams(null, "card_1", null, null,
                null, null, null))), "payment_method", ErrorCode.RESOURCE_MISSING);
    }

    @Test
    void verifyMicrodeposits_brokenRules_nameTheirParams() {
        SetupIntentId id = run(new SetupIntentRequest.Create(SetupIntentCreateParams.builder()
                .paymentMethodTypes("us_bank_account").paymentMethod("pm_usBankAccount_microdeposits").confirm(true)
                .build())).id();
        assertRefused(() -> run(new SetupIntentRequest.VerifyMicrodeposits(id, new VerifyMicrodepositsParams(null,
                null))), "amounts", ErrorCode.PARAMETER_MISSING);
        assertRefused(() -> run(new SetupIntentRequest.VerifyMicrodeposits(id, new VerifyMicrodepositsParams(
                List.of(32L), null))), "amounts", ErrorCode.PAYMENT_METHOD_MICRODEPOSIT_VERIFICATION_AMOUNTS_INVALID);
        assertRefused(() -> run(new SetupIntentRequest.VerifyMicrodeposits(id, new VerifyMicrodepositsParams(
                List.of(32L, 100L), null))), "amounts", ErrorCode.PAYMENT_METHOD_MICRODEPOSIT_VERIFICATION_AMOUNTS_INVALID);
        assertRefused(() -> run(new SetupIntentRequest.VerifyMicrodeposits(id, new VerifyMicrodepositsParams(
                List.of(32L, 45L), "SM11AA"))), "descriptor_code", ErrorCode.PARAMETERS_EXCLUSIVE);
        assertRefused(() -> run(new SetupIntentRequest.VerifyMicrodeposits(id, VerifyMicrodepositsParams
                .descriptorCode("XX11AA"))), "descriptor_code", null);
        assertThat(store.readLog(0, 10)).hasSize(2);
    }

    @Test
    void builders_fieldSetTwice_areRefused() {
        assertThatThrownBy(() -> SetupIntentCreateParams.builder().customer("cus_a").customer("cus_b"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> SetupIntentUpdateParams.builder().metadata("k", "v").metadata("k", "w"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> SetupIntentConfirmParams.builder().returnUrl("a").returnUrl("b"))
                .isInstanceOf(IllegalStateException.class);
    }

    private static void assertRefused(Supplier<?> call, String param, @Nullable ErrorCode code) {
        assertThatThrownBy(call::get).isInstanceOfSatisfying(PaymentEngineException.class, e -> {
            assertThat(e.httpStatus()).as(e.toString()).isIn(400, 402);
            assertThat(e.param()).as(e.toString()).contains(param);
            if (code != null) {
                assertThat(e.code()).as(e.toString()).contains(code);
            }
        });
    }
}
