package io.paystate.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paystate.model.Customer;
import io.paystate.model.ErrorCode;
import io.paystate.model.ErrorType;
import io.paystate.model.PaymentMethod;
import io.paystate.model.SetupIntent;
import io.paystate.model.SetupIntentStatus;
import io.paystate.spi.IdGenerator;
import io.paystate.spi.PaymentMethodData;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Idempotency keys on customer, payment-method and SetupIntent requests: a retry with the same key
 * and parameters replays the first answer without running again; other parameters are an
 * {@code idempotency_error}; a refused request leaves its key free.
 */
final class ObjectIdempotencyTest {
    private final InMemoryCustomerStore customers = new InMemoryCustomerStore();
    private final InMemorySetupIntentStore setupIntents = new InMemorySetupIntentStore();
    private final InMemoryPaymentMethodStore methods = new InMemoryPaymentMethodStore();
    private final PaymentEngine engine = PaymentEngine.builder().clock(new TestClock()).customerStore(customers)
            .setupIntentStore(setupIntents).paymentMethodStore(methods).idGenerator(IdGenerator.seeded(77)).build();

    private static RequestOptions key(String key) {
        return RequestOptions.idempotencyKey(key);
    }

    private static PaymentMethodData visa() {
        return new PaymentMethodData("card", Map.of("number", "4242424242424242"));
    }

    @Test
    void createCustomer_sameKeyAndParameters_replaysTheFirstCustomer() {
        CustomerRequest.Create create = new CustomerRequest.Create(CustomerParams.builder().email("j@example.com")
                .build());

        Response<Customer> first = engine.execute(create, key("c-1"));
        Response<Customer> again = engine.execute(create, key("c-1"));

        assertThat(again.replayed()).isTrue();
        assertThat(first.replayed()).isFalse();
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.requestId()).isEqualTo(first.requestId());
        assertThat(engine.execute(new CustomerRequest.List(CustomerListParams.firstPage()), RequestOptions.none())
                .body().data()).hasSize(1);
    }

    @Test
    void createCustomer_sameKeyOtherParameters_isAnIdempotencyError() {
        engine.execute(new CustomerRequest.Create(CustomerParams.builder().email("a@example.com").build()),
                key("c-2"));

        assertThatThrownBy(() -> engine.execute(new CustomerRequest.Create(CustomerParams.builder()
                .email("b@example.com").build()), key("c-2")))
                .isInstanceOfSatisfying(PaymentEngineException.class, e ->
                        assertThat(e.type()).isEqualTo(ErrorType.IDEMPOTENCY_ERROR));
    }

    @Test
    void createCustomer_refusedParameters_leaveTheKeyFree() {
        assertThatThrownBy(() -> engine.execute(new CustomerRequest.Create(CustomerParams.builder()
                .email("not an email").build()), key("c-3")))
                .isInstanceOf(InvalidRequestException.class);

        Customer created = engine.execute(new CustomerRequest.Create(CustomerParams.builder()
                .email("ok@example.com").build()), key("c-3")).body();

        assertThat(created.email()).isEqualTo("ok@example.com");
    }

    @Test
    void attachPaymentMethod_replayed_attachesOnceAndAnswersTheSame() {
        Customer jenny = engine.execute(new CustomerRequest.Create(CustomerParams.none()), RequestOptions.none()).body();
        PaymentMethod card = engine.execute(new PaymentMethodRequest.Create(visa(), Map.of()), key("pm-1")).body();
        PaymentMethodRequest.Attach attach = new PaymentMethodRequest.Attach(card.id(), jenny.id().value());

        PaymentMethod attached = engine.execute(attach, key("attach-1")).body();
        Response<PaymentMethod> again = engine.execute(attach, key("attach-1"));

        assertThat(again.replayed()).isTrue();
        assertThat(again.body()).isEqualTo(attached);
        // the attach ran once: one payment_method.attached on the method's own log
        assertThat(methods.find(io.paystate.model.AccountId.DEFAULT, card.id()).orElseThrow().eventSequence())
                .isEqualTo(1);
        assertThat(engine.execute(new PaymentMethodRequest.Create(visa(), Map.of()), key("pm-1")).body())
                .isEqualTo(card);
    }

    @Test
    void confirmSetupIntent_replayed_confirmsOnce() {
        Customer jenny = engine.execute(new CustomerRequest.Create(CustomerParams.none()), RequestOptions.none()).body();
        PaymentMethod card = engine.execute(new PaymentMethodRequest.Create(visa(), Map.of()), RequestOptions.none())
                .body();
        SetupIntent setup = engine.execute(new SetupIntentRequest.Create(SetupIntentCreateParams.builder()
                .customer(jenny.id().value()).paymentMethod(card.id().value()).build()), key("si-1")).body();
        SetupIntentRequest.Confirm confirm = new SetupIntentRequest.Confirm(setup.id(),
                SetupIntentConfirmParams.builder().build());

        SetupIntent confirmed = engine.execute(confirm, key("si-confirm")).body();
        Response<SetupIntent> again = engine.execute(confirm, key("si-confirm"));

        assertThat(confirmed.status()).isEqualTo(SetupIntentStatus.SUCCEEDED);
        assertThat(again.replayed()).isTrue();
        assertThat(again.body()).isEqualTo(confirmed);
        assertThatThrownBy(() -> engine.execute(confirm, RequestOptions.none()))
                .isInstanceOfSatisfying(InvalidRequestException.class, e ->
                        assertThat(e.code()).contains(ErrorCode.SETUP_INTENT_UNEXPECTED_STATE));
    }
}
