package io.paystate.store.postgres.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paystate.model.AccountId;
import io.paystate.model.Address;
import io.paystate.model.AuthorizationRequest;
import io.paystate.model.AutomaticPaymentMethods;
import io.paystate.model.CancellationReason;
import io.paystate.model.CaptureMethod;
import io.paystate.model.CardOptions;
import io.paystate.model.Charge;
import io.paystate.model.ChargeId;
import io.paystate.model.ChargeStatus;
import io.paystate.model.ConfirmationMethod;
import io.paystate.model.Currency;
import io.paystate.model.CustomerId;
import io.paystate.model.ErrorCode;
import io.paystate.model.ErrorType;
import io.paystate.model.EventId;
import io.paystate.model.EventType;
import io.paystate.model.LastPaymentError;
import io.paystate.model.LastSetupError;
import io.paystate.model.LineItem;
import io.paystate.model.NextAction;
import io.paystate.model.PaymentEvent;
import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentIntentId;
import io.paystate.model.PaymentIntentStatus;
import io.paystate.model.PaymentMethodId;
import io.paystate.model.RefundReason;
import io.paystate.model.SetupFutureUsage;
import io.paystate.model.SetupIntent;
import io.paystate.model.SetupIntentCancellationReason;
import io.paystate.model.SetupIntentEvent;
import io.paystate.model.SetupIntentEventType;
import io.paystate.model.SetupIntentId;
import io.paystate.model.SetupIntentStatus;
import io.paystate.model.Shipping;
import io.paystate.model.ThreeDSecureRequest;
import io.paystate.spi.RequestFingerprint;
import io.paystate.spi.StoredIntent;
import io.paystate.spi.StoredResponse;
import io.paystate.spi.StoredSetupIntent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Every component of the stored records survives the JSON codec unchanged. */
final class RecordCodecTest {
    private static final Instant AT = Instant.ofEpochSecond(1_767_225_600L, 123_456_789);

    private static PaymentIntent intent(PaymentIntentStatus status, NextAction nextAction) {
        LastPaymentError error = new LastPaymentError(ErrorType.CARD_ERROR, ErrorCode.CARD_DECLINED, "insufficient_funds",
                "Your card has \"insufficient\" funds.\n\t\\ü€", ChargeId.of("ch_1"), PaymentMethodId.of("pm_1"),
                "card", "try_again_later");
        Shipping shipping = new Shipping("Jenny Rosen", new Address("1 Main St", null, "Berlin", null, "10115", "DE"),
                "+49", "DHL", "TRACK1");
        CardOptions options = new CardOptions(CaptureMethod.MANUAL, AuthorizationRequest.IF_AVAILABLE, null,
                ThreeDSecureRequest.CHALLENGE, SetupFutureUsage.OFF_SESSION);
        return new PaymentIntent(PaymentIntentId.of("pi_full"), "pi_full_secret_x", 5000, 0, 0, Currency.of("eur"),
                status, CaptureMethod.AUTOMATIC_ASYNC, ConfirmationMethod.MANUAL,
                status == PaymentIntentStatus.CANCELED ? CancellationReason.REQUESTED_BY_CUSTOMER : null,
                status == PaymentIntentStatus.CANCELED ? AT : null, AT, CustomerId.of("cus_Mixed"), "a \u0001 description",
                Map.of("order", "42", "b", "", "a", "x"), error, nextAction, ChargeId.of("ch_1"),
                PaymentMethodId.of("pm_1"), List.of("card", "sepa_debit"), options, "j@example.com",
                SetupFutureUsage.ON_SESSION, "DESCRIPTOR", "SUFFIX", shipping,
                List.of(new LineItem("li_1", "Shoes", 2500, 2, null, 0, 100)),
                new AutomaticPaymentMethods(true, "never"), false);
    }

    private static StoredIntent stored(PaymentIntent pi) {
        Charge charge = new Charge(ChargeId.of("ch_1"), pi.id(), 5000, pi.currency(), 2000, 500, true, false,
                ChargeStatus.SUCCEEDED, null, null, null, PaymentMethodId.of("pm_1"), AT.plusSeconds(60), true,
                RefundReason.REQUESTED_BY_CUSTOMER, AT);
        return new StoredIntent(AccountId.of("acct_1"), pi, List.of(charge), 0, 0, AT.plusSeconds(604_800),
                AT.plusSeconds(180), true, 3, 7, 2, 1200);
    }

    @Test
    void storedIntent_everyNextActionKind_roundTripsUnchanged() {
        List<NextAction> actions = List.of(new NextAction.RedirectToUrl("https://x", "https://y"),
                new NextAction.UseStripeSdk("three_d_secure_redirect", "https://js"),
                new NextAction.VerifyWithMicrodeposits(1_767_225_600L, "https://v", "descriptor_code"),
                new NextAction.DisplayBankTransferInstructions(4000, Currency.of("eur"), null));
        for (NextAction action : actions) {
            StoredIntent s = stored(intent(PaymentIntentStatus.REQUIRES_ACTION, action));
            String body = IntentRows.body(s);
            StoredIntent back = IntentRows.body(body);
            assertThat(back).isEqualTo(s);
        }
    }

    @Test
    void storedIntent_canceled_roundTripsUnchanged() {
        StoredIntent s = stored(intent(PaymentIntentStatus.CANCELED, null));
        assertThat(IntentRows.body(IntentRows.body(s))).isEqualTo(s);
    }

    @Test
    void body_keepsTheChargesAsOneList() {
        StoredIntent s = stored(intent(PaymentIntentStatus.CANCELED, null));
        assertThat(IntentRows.body(s)).contains("\"charges\":[{")
                .doesNotContain("earlierCharges");
    }

    @Test
    void event_withChargeAndKey_roundTripsUnchanged() {
        StoredIntent s = stored(intent(PaymentIntentStatus.CANCELED, null));
        PaymentEvent event = new PaymentEvent(EventId.of("evt_1"), EventType.CHARGE_REFUNDED, AT, s.account(),
                s.intent(), s.charges().get(0), 7, "req_1", "key \"1\"");
        assertThat(EventRows.read(EventRows.body(event))).isEqualTo(event);
    }

    @Test
    void responses_bodyAndError_roundTripUnchanged() {
        PaymentIntent pi = intent(PaymentIntentStatus.CANCELED, null);
        StoredResponse ok = new StoredResponse(200, pi, null, "req_1");
        StoredResponse error = new StoredResponse(402, null, new StoredResponse.Error(ErrorType.CARD_ERROR,
                ErrorCode.CARD_DECLINED, "declined", "payment_method", "generic_decline", pi, ChargeId.of("ch_1")), null);
        assertThat(IdempotencyRows.response(IdempotencyRows.response(ok))).isEqualTo(ok);
        assertThat(IdempotencyRows.response(IdempotencyRows.response(error))).isEqualTo(error);
        RequestFingerprint f = new RequestFingerprint("confirm", "pi_1", "{\"a\":1}");
        assertThat(IdempotencyRows.fingerprint(IdempotencyRows.fingerprint(f))).isEqualTo(f);
    }

    @Test
    void body_leavesVersionAndOrdinalToTheirColumns() {
        StoredIntent s = stored(intent(PaymentIntentStatus.CANCELED, null)).withVersion(4, 9);
        assertThat(IntentRows.body(s)).doesNotContain("\"version\"").doesNotContain("\"ordinal\"");
    }

    @Test
    void metadata_encodesSortedSoEqualMapsGiveEqualText() {
        assertThat(Json.write(RecordCodec.encode(Map.of("b", "2", "a", "1", "c", "3"))))
                .isEqualTo("{\"a\":\"1\",\"b\":\"2\",\"c\":\"3\"}");
    }

    @Test
    void toJson_everyStoredShape_writesExactlyTheTextOfTheTree() {
        StoredIntent s = stored(intent(PaymentIntentStatus.REQUIRES_ACTION,
                new NextAction.RedirectToUrl("https://x", "https://y"))).withVersion(4, 9);
        PaymentEvent event = new PaymentEvent(EventId.of("evt_1"), EventType.CHARGE_REFUNDED, AT, s.account(),
                s.intent(), s.charges().get(0), 7, "req_1", "key \"1\"\u0001");
        StoredResponse error = new StoredResponse(402, null, new StoredResponse.Error(ErrorType.CARD_ERROR,
                ErrorCode.CARD_DECLINED, "declined", "payment_method", "generic_decline", s.intent(), ChargeId.of("ch_1")),
                null);
        // rows written before the direct writer existed must read back, and equal records give equal text
        for (Object value : List.of(event, error, new RequestFingerprint("create", null, "p"), s.intent().metadata(),
                s.intent().id())) {
            assertThat(RecordCodec.toJson(value, java.util.Set.of())).isEqualTo(Json.write(RecordCodec.encode(value)));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> tree = (Map<String, Object>) RecordCodec.encode(IntentRows.Body.of(s)); // the row's shape
        tree.remove("version");
        tree.remove("ordinal");
        assertThat(IntentRows.body(s)).isEqualTo(Json.write(tree));
    }

    private static SetupIntent setupIntent(SetupIntentStatus status, @Nullable NextAction action,
            @Nullable SetupIntentCancellationReason reason) {
        LastSetupError error = new LastSetupError(ErrorType.CARD_ERROR, ErrorCode.CARD_DECLINED, "generic_decline",
                "Your card was \"declined\".\n", PaymentMethodId.of("pm_1"), "card", "try_again_later");
        return new SetupIntent(SetupIntentId.of("seti_full"), "seti_full_secret_x", status, AT, CustomerId.of("cus_1"),
                PaymentMethodId.of("pm_1"), SetupFutureUsage.ON_SESSION, List.of("card", "us_bank_account"), "a setup",
                Map.of("b", "", "a", "x"), error, action, reason, "setatt_1", ThreeDSecureRequest.CHALLENGE);
    }

    @Test
    void storedSetupIntent_everyComponent_roundTripsUnchangedWithoutVersionAndOrdinal() {
        List<SetupIntent> states = List.of(
                setupIntent(SetupIntentStatus.REQUIRES_ACTION,
                        new NextAction.VerifyWithMicrodeposits(1_767_225_600L, "https://v", "descriptor_code"), null),
                setupIntent(SetupIntentStatus.PROCESSING, null, null),
                setupIntent(SetupIntentStatus.CANCELED, null, SetupIntentCancellationReason.DUPLICATE));
        for (SetupIntent si : states) {
            StoredSetupIntent s = new StoredSetupIntent(AccountId.of("acct_1"), si, 4, 9, 7, AT.plusSeconds(180), 3);
            String body = ObjectRows.body(s);
            assertThat(body).doesNotContain("\"version\"").doesNotContain("\"ordinal\"");
            assertThat(RecordCodec.decode(Json.read(body), StoredSetupIntent.class).stored(4, 9)).isEqualTo(s);
            SetupIntentEvent event = new SetupIntentEvent(EventId.of("evt_1"),
                    SetupIntentEventType.SETUP_INTENT_CANCELED, AT, s.account(), si, 7, "req_1", "key \"1\"");
            assertThat(ObjectRows.setupIntentEvent(ObjectRows.row(event).body())).isEqualTo(event);
        }
    }

    @Test
    void read_invalidJson_throws() {
        assertThatThrownBy(() -> Json.read("{\"a\":1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Json.read("[1] x")).isInstanceOf(IllegalArgumentException.class);
    }
}
