package io.paystate.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paystate.engine.internal.Fingerprints;
import io.paystate.model.AccountId;
import io.paystate.model.ErrorCode;
import io.paystate.model.ErrorType;
import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentIntentId;
import io.paystate.model.PaymentIntentStatus;
import io.paystate.spi.IdGenerator;
import io.paystate.spi.PaymentMethodData;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Spec A 12: every rule of idempotency keys, on a manual clock. */
final class IdempotencyTest {
    private final TestClock clock = new TestClock();
    private final RecordingSink sink = new RecordingSink();
    private final InMemoryPaymentIntentStore store = new InMemoryPaymentIntentStore();
    private final PaymentEngine engine = PaymentEngine.builder().clock(clock).eventSink(sink).store(store)
            .processor(new ScriptedProcessor()).idGenerator(IdGenerator.seeded(11)).build();

    private static CreateParams create(long amount) {
        return CreateParams.builder(amount, "usd").build();
    }

    private Response<PaymentIntent> createWithKey(long amount, String key) {
        return engine.execute(new Request.Create(create(amount)), RequestOptions.idempotencyKey(key));
    }

    @Test
    void create_sameKeyAndParams_replaysWithoutCreating() {
        Response<PaymentIntent> first = createWithKey(1000, "k");
        int events = sink.size();
        Response<PaymentIntent> replay = createWithKey(1000, "k");
        assertThat(first.replayed()).isFalse();
        assertThat(replay.replayed()).isTrue();
        assertThat(replay.body()).isEqualTo(first.body());
        assertThat(replay.requestId()).isEqualTo(first.requestId());
        assertThat(store.size()).isEqualTo(1);
        assertThat(sink.size()).isEqualTo(events);
    }

    @Test
    void replay_returnsTheStoredSnapshotNotTheCurrentState() {
        PaymentIntent first = createWithKey(1000, "k").body();
        engine.cancel(first.id(), CancelParams.none());
        assertThat(createWithKey(1000, "k").body().status()).isEqualTo(PaymentIntentStatus.REQUIRES_PAYMENT_METHOD);
    }

    @Test
    void create_sameKeyOtherParams_isIdempotencyError() {
        createWithKey(1000, "k");
        assertThatThrownBy(() -> createWithKey(2000, "k")).isInstanceOfSatisfying(IdempotencyException.class, e -> {
            assertThat(e.httpStatus()).isEqualTo(400);
            assertThat(e.type()).isEqualTo(ErrorType.IDEMPOTENCY_ERROR);
            assertThat(e.getMessage()).contains("same parameters").contains("'k'");
        });
        assertThat(store.size()).isEqualTo(1);
    }

    @Test
    void sameKeyOtherParams_isIdempotencyErrorEvenWhenTheNewParamsAreInvalid() {
        createWithKey(1000, "k");
        assertThatThrownBy(() -> createWithKey(-5, "k")).isInstanceOf(IdempotencyException.class);
    }

    @Test
    void sameKeyOtherOperationOrIntent_isIdempotencyError() {
        PaymentIntent a = createWithKey(1000, "k").body();
        assertThatThrownBy(() -> engine.cancel(a.id(), CancelParams.none(), RequestOptions.idempotencyKey("k")))
                .isInstanceOfSatisfying(IdempotencyException.class, e -> assertThat(e.getMessage()).contains("endpoint"));
        PaymentIntent b = engine.create(create(1000));
        engine.cancel(a.id(), CancelParams.none(), RequestOptions.idempotencyKey("c"));
        assertThatThrownBy(() -> engine.cancel(b.id(), CancelParams.none(), RequestOptions.idempotencyKey("c")))
                .isInstanceOf(IdempotencyException.class);
        assertThat(engine.retrieve(b.id()).status()).isEqualTo(PaymentIntentStatus.REQUIRES_PAYMENT_METHOD);
    }

    @Test
    void decline_isRememberedAndReplayedAsThe402() {
        PaymentIntent pi = engine.create(create(1000));
        RequestOptions key = RequestOptions.idempotencyKey("pay");
        CardException first = catchThrowable(CardException.class,
                () -> engine.confirm(pi.id(), ConfirmParams.withPaymentMethod("pm_decline"), key));
        int events = sink.size();
        CardException replay = catchThrowable(CardException.class,
                () -> engine.confirm(pi.id(), ConfirmParams.withPaymentMethod("pm_decline"), key));
        assertThat(first.isReplayed()).isFalse();
        assertThat(replay.isReplayed()).isTrue();
        assertThat(replay.details().paymentIntent()).isEqualTo(first.details().paymentIntent());
        assertThat(replay.declineCode()).isEqualTo(first.declineCode());
        assertThat(sink.size()).isEqualTo(events);
    }

    @Test
    void stateDependentError_isRemembered() {
        PaymentIntent pi = engine.create(create(1000));
        RequestOptions key = RequestOptions.idempotencyKey("cap");
        catchThrowable(InvalidRequestException.class, () -> engine.capture(pi.id(), CaptureParams.full(), key));
        engine.update(pi.id(), UpdateParams.builder().paymentMethod("pm_ok").build());
        engine.confirm(pi.id(), ConfirmParams.none());
        InvalidRequestException replay = catchThrowable(InvalidRequestException.class,
                () -> engine.capture(pi.id(), CaptureParams.full(), key));
        assertThat(replay.isReplayed()).isTrue();
        assertThat(replay.code()).contains(ErrorCode.PAYMENT_INTENT_UNEXPECTED_STATE);
    }

    @Test
    void malformedRequest_withAKnownKey_isIdempotencyErrorAndOtherwiseItsOwnError() {
        createWithKey(1000, "k");
        ErrorDetails parseError = new ErrorDetails(400, ErrorType.INVALID_REQUEST_ERROR,
                ErrorCode.PARAMETER_INVALID_INTEGER, "Invalid integer: ten", "amount", null, null, null, null, false);
        Request.Malformed malformed = new Request.Malformed(Operation.CREATE, null, "{\"amount\":\"ten\"}", parseError);
        assertThatThrownBy(() -> engine.execute(malformed, RequestOptions.idempotencyKey("k")))
                .isInstanceOf(IdempotencyException.class);
        assertThatThrownBy(() -> engine.execute(malformed, RequestOptions.idempotencyKey("fresh")))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.code()).contains(ErrorCode.PARAMETER_INVALID_INTEGER));
        assertThat(createWithKey(1000, "fresh").replayed()).isFalse();
    }

    @Test
    void validationFailure_isNotRemembered() {
        catchThrowable(InvalidRequestException.class, () -> createWithKey(-5, "k"));
        Response<PaymentIntent> fresh = createWithKey(1000, "k");
        assertThat(fresh.replayed()).isFalse();
        assertThat(fresh.body().amount()).isEqualTo(1000);
    }

    @Test
    void unknownIntent404_isNotRemembered() {
        PaymentIntentId unknown = PaymentIntentId.of("pi_unknown");
        RequestOptions key = RequestOptions.idempotencyKey("k");
        catchThrowable(InvalidRequestException.class, () -> engine.cancel(unknown, CancelParams.none(), key));
        PaymentIntent created = engine.execute(new Request.Create(create(1000)), key).body();
        assertThat(created.amount()).isEqualTo(1000);
    }

    @Test
    void key_atExactly24Hours_isFree() {
        createWithKey(1000, "k");
        clock.advance(Duration.ofHours(24).minusSeconds(1));
        assertThat(createWithKey(1000, "k").replayed()).isTrue();
        clock.advanceSeconds(1);
        engine.processDue();
        Response<PaymentIntent> again = createWithKey(3000, "k");
        assertThat(again.replayed()).isFalse();
        assertThat(again.body().amount()).isEqualTo(3000);
    }

    @Test
    void key_replayAfter23Hours_doesNotRestartTheRetention() {
        createWithKey(1000, "k");
        clock.advance(Duration.ofHours(23));
        assertThat(createWithKey(1000, "k").replayed()).isTrue();
        clock.advance(Duration.ofHours(1));
        assertThat(createWithKey(1000, "k").replayed()).isFalse();
    }

    @Test
    void keys_ofDifferentAccounts_areIndependent() {
        createWithKey(1000, "k");
        Response<PaymentIntent> other = engine.execute(new Request.Create(create(2000)),
                RequestOptions.idempotencyKey("k").withAccount(AccountId.of("acct_2")));
        assertThat(other.replayed()).isFalse();
        assertThat(other.body().amount()).isEqualTo(2000);
    }

    @Test
    void key_emptyOrTooLong_isRejectedAndNotRemembered() {
        assertThatThrownBy(() -> createWithKey(1000, "")).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.getMessage()).contains("1-255"));
        assertThatThrownBy(() -> createWithKey(1000, "x".repeat(256))).isInstanceOf(InvalidRequestException.class);
        assertThat(store.size()).isZero();
        assertThat(createWithKey(1000, "x".repeat(255)).replayed()).isFalse();
    }

    @Test
    void sameKey_whileTheFirstRequestRuns_is409AndNotRemembered() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        PaymentEngine blocking = PaymentEngine.builder().clock(clock).processor(new ScriptedProcessor())
                .eventSink(event -> {
                    if (event.type() == io.paystate.model.EventType.PAYMENT_INTENT_CREATED) {
                        inside.countDown();
                        await(release);
                    }
                }).build();
        CompletableFuture<Response<PaymentIntent>> first = CompletableFuture.supplyAsync(() ->
                blocking.execute(new Request.Create(create(1000)), RequestOptions.idempotencyKey("k")));
        assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
        InvalidRequestException conflict = catchThrowable(InvalidRequestException.class, () ->
                blocking.execute(new Request.Create(create(1000)), RequestOptions.idempotencyKey("k")));
        assertThat(conflict.httpStatus()).isEqualTo(409);
        assertThat(conflict.code()).contains(ErrorCode.IDEMPOTENCY_KEY_IN_USE);
        release.countDown();
        PaymentIntent created = first.get(10, TimeUnit.SECONDS).body();
        Response<PaymentIntent> replay = blocking.execute(new Request.Create(create(1000)),
                RequestOptions.idempotencyKey("k"));
        assertThat(replay.replayed()).isTrue();
        assertThat(replay.body().id()).isEqualTo(created.id());
    }

    @Test
    void retrieve_withKey_isNotRemembered() {
        PaymentIntent pi = engine.create(create(1000));
        Response<PaymentIntent> first = engine.execute(new Request.Retrieve(pi.id()), RequestOptions.idempotencyKey("r"));
        assertThat(first.replayed()).isFalse();
        assertThat(engine.execute(new Request.Retrieve(pi.id()), RequestOptions.idempotencyKey("r")).replayed()).isFalse();
    }

    @Test
    void fingerprints_equalRequests_areEqualAndOrderInsensitive() {
        CreateParams ab = CreateParams.builder(1000, "usd").metadata("a", "1").metadata("b", "2").build();
        CreateParams ba = CreateParams.builder(1000, "usd").metadata("b", "2").metadata("a", "1").build();
        assertThat(Fingerprints.of(new Request.Create(ab))).isEqualTo(Fingerprints.of(new Request.Create(ba)));
        CreateParams card1 = CreateParams.builder(1000, "usd").paymentMethodData(
                new PaymentMethodData("card", Map.of("number", "4242424242424242"))).build();
        CreateParams card2 = CreateParams.builder(1000, "usd").paymentMethodData(
                new PaymentMethodData("card", Map.of("number", "4000000000000002"))).build();
        assertThat(Fingerprints.of(new Request.Create(card1))).isNotEqualTo(Fingerprints.of(new Request.Create(card2)));
        assertThat(Fingerprints.of(new Request.Create(card1)).parameters()).doesNotContain("4242424242424242");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static <E extends Throwable> E catchThrowable(Class<E> type, Runnable call) {
        try {
            call.run();
        } catch (Throwable t) {
            assertThat(t).isInstanceOf(type);
            return type.cast(t);
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }
}
