package io.paystate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystate.model.PaymentIntentId;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

final class OperationTest {
    private static final PaymentIntentId ID = PaymentIntentId.of("pi_1");

    @Test
    void ofWireName_everyOperation_roundTrips() {
        for (Operation operation : Operation.values()) {
            assertThat(Operation.ofWireName(operation.wireName())).contains(operation);
        }
        assertThat(Arrays.stream(Operation.values()).map(Operation::wireName).collect(Collectors.toSet()))
                .hasSize(Operation.values().length);
        assertThat(Operation.ofWireName("refund")).isEmpty();
    }

    @Test
    void intentId_malformedValue_isTheEnginesOwn404() {
        assertThat(PaymentEngine.intentId("pi_123")).isEqualTo(ID.value().equals("pi_123") ? ID : PaymentIntentId.of("pi_123"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PaymentEngine.intentId("hello"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(404);
                    assertThat(e.getMessage()).contains("No such payment_intent: 'hello'");
                });
    }

    @Test
    void operation_eachRequest_carriesItsTraits() {
        assertThat(new Request.Create(CreateParams.builder(100, "usd").build()).operation()).isEqualTo(Operation.CREATE);
        assertThat(new Request.Retrieve(ID).mutating()).isFalse();
        assertThat(new Request.ClientRetrieve(ID, "s").operation()).isEqualTo(Operation.RETRIEVE);
        assertThat(new Request.ClientConfirm(ID, "s", ConfirmParams.none()).operation()).isEqualTo(Operation.CONFIRM);
        assertThat(new Request.Capture(ID, CaptureParams.amount(5)).intentId()).isEqualTo(ID);
        assertThat(new Request.List(ListParams.firstPage()).intentId()).isNull();
        assertThat(new Request.ListCharges(ID).mutating()).isFalse();
        assertThat(new Request.Cancel(ID, new CancelParams(null)).mutating()).isTrue();
    }
}
