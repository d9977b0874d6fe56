package io.paystate.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class ModelTest {
    private static final Instant T0 = Instant.ofEpochSecond(1_767_225_600L);

    static PaymentIntent intent(PaymentIntentStatus status, long capturable, long received) {
        return new PaymentIntent(PaymentIntentId.of("pi_123"), "pi_123_secret_abcdefghijklmnopqrstuvwxy", 1000,
                capturable, received, Currency.of("usd"), status, CaptureMethod.MANUAL, ConfirmationMethod.AUTOMATIC,
                null, status == PaymentIntentStatus.CANCELED ? T0 : null, T0, null, null, Map.of(), null,
                status == PaymentIntentStatus.REQUIRES_ACTION ? new NextAction.UseStripeSdk("x", "https://x") : null,
                null, null, List.of("card"), CardOptions.NONE, null, null, null, null, null, List.of(), null, false);
    }

    @Test
    void errorCode_wireValues_areUniqueAndNonBlank() {
        List<String> wire = Arrays.stream(ErrorCode.values()).map(ErrorCode::wireName).toList();
        assertThat(wire).doesNotHaveDuplicates().allSatisfy(w -> assertThat(w).isNotBlank());
        assertThat(ErrorCode.fromWire("payment_intent_unexpected_state")).contains(ErrorCode.PAYMENT_INTENT_UNEXPECTED_STATE);
        assertThat(ErrorCode.PAYMENT_INTENT_UNEXPECTED_STATE.docUrl())
                .isEqualTo("https://stripe.com/docs/error-codes/payment-intent-unexpected-state");
    }

    @Test
    void enums_wireNames_roundTrip() {
        for (PaymentIntentStatus s : PaymentIntentStatus.values()) {
            assertThat(PaymentIntentStatus.fromWire(s.wireName())).contains(s);
        }
        for (EventType t : EventType.values()) {
            assertThat(EventType.fromWire(t.wireName())).contains(t);
        }
        assertThat(CaptureMethod.fromWire("later")).isEmpty();
    }

    @Test
    void currency_supportedCodes_haveMinimumsAndDecimals() {
        assertThat(Currency.of("usd").minimumAmount()).isEqualTo(50);
        assertThat(Currency.of("huf").minimumAmount()).isEqualTo(17500);
        assertThat(Currency.of("jpy").decimals()).isZero();
        assertThat(Currency.of("kwd").decimals()).isEqualTo(3);
        assertThat(Currency.find("USD")).isEmpty();
        assertThat(Currency.find("zzz")).isEmpty();
        assertThat(Currency.of("eur")).isSameAs(Currency.of("eur"));
    }

    @Test
    void paymentIntent_capturableOutsideRequiresCapture_isRejected() {
        assertThatThrownBy(() -> intent(PaymentIntentStatus.SUCCEEDED, 10, 1000))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("amount_capturable");
        assertThat(intent(PaymentIntentStatus.REQUIRES_CAPTURE, 1000, 0).amountCapturable()).isEqualTo(1000);
    }

    @Test
    void paymentIntent_receivedAboveAmount_isRejected() {
        assertThatThrownBy(() -> intent(PaymentIntentStatus.SUCCEEDED, 0, 1001))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("amount_received");
    }

    @Test
    void paymentIntent_requiresActionWithoutNextAction_isRejected() {
        assertThatThrownBy(() -> new PaymentIntent(PaymentIntentId.of("pi_1"), "s", 1000, 0, 0, Currency.of("usd"),
                PaymentIntentStatus.REQUIRES_ACTION, CaptureMethod.AUTOMATIC, ConfirmationMethod.AUTOMATIC, null, null,
                T0, null, null, Map.of(), null, null, null, null, List.of("card"), CardOptions.NONE, null, null, null,
                null, null, List.of(), null, false)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("next_action");
    }

    @Test
    void paymentIntent_toString_neverShowsTheClientSecret() {
        PaymentIntent pi = intent(PaymentIntentStatus.REQUIRES_CAPTURE, 1000, 0);
        assertThat(pi.toString()).doesNotContain("secret_abcdef").contains("<redacted>").contains("pi_123");
    }

    @Test
    void ids_withoutTheirPrefix_areRejected() {
        assertThatThrownBy(() -> PaymentIntentId.of("ch_1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChargeId.of("pi_1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PaymentMethodId.of("card_1")).isInstanceOf(IllegalArgumentException.class);
        assertThat(PaymentIntentId.of("pi_abc").toString()).isEqualTo("pi_abc");
    }

    @Test
    void ids_equalValues_areEqualWithEqualHashesAndOthersAreNot() {
        List<List<Object>> sameTwiceThenOther = List.of(
                List.of(new AccountId("acct_1"), new AccountId("acct_1"), new AccountId("acct_2")),
                List.of(new ChargeId("ch_1"), new ChargeId("ch_1"), new ChargeId("ch_2")),
                List.of(new CustomerId("cus_1"), new CustomerId("cus_1"), new CustomerId("cus_2")),
                List.of(new EventId("evt_1"), new EventId("evt_1"), new EventId("evt_2")),
                List.of(new PaymentIntentId("pi_1"), new PaymentIntentId("pi_1"), new PaymentIntentId("pi_2")),
                List.of(new PaymentMethodId("pm_1"), new PaymentMethodId("pm_1"), new PaymentMethodId("pm_2")),
                List.of(new SetupIntentId("seti_1"), new SetupIntentId("seti_1"), new SetupIntentId("seti_2")));
        for (List<Object> ids : sameTwiceThenOther) {
            Object id = ids.get(0);
            assertThat(id).isEqualTo(ids.get(1)).hasSameHashCodeAs(ids.get(1)).isNotEqualTo(ids.get(2))
                    .isNotEqualTo(id.toString()).isNotEqualTo(null);
        }
        // the same wire value in two id types is two different ids
        assertThat(new PaymentIntentId("pi_1")).isNotEqualTo(new AccountId("pi_1"));
    }

    @Test
    void charge_capturedMoreThanAmount_isRejected() {
        assertThatThrownBy(() -> new Charge(ChargeId.of("ch_1"), PaymentIntentId.of("pi_1"), 100, Currency.of("usd"),
                101, 0, true, false, ChargeStatus.SUCCEEDED, null, null, null, null, null, false, null, T0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
