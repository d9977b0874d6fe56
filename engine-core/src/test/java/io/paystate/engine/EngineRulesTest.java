package io.paystate.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paystate.model.AccountId;
import io.paystate.model.AuthorizationRequest;
import io.paystate.model.CancellationReason;
import io.paystate.model.CaptureMethod;
import io.paystate.model.CardOptions;
import io.paystate.model.Charge;
import io.paystate.model.ConfirmationMethod;
import io.paystate.model.ErrorCode;
import io.paystate.model.EventType;
import io.paystate.model.NextAction;
import io.paystate.model.PaymentEvent;
import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentIntentId;
import io.paystate.model.PaymentIntentStatus;
import io.paystate.model.RefundReason;
import io.paystate.spi.IdGenerator;
import io.paystate.spi.IntentPage;
import io.paystate.spi.IntentQuery;
import io.paystate.spi.Commit;
import io.paystate.spi.PaymentIntentStore;
import io.paystate.spi.StoreConflictException;
import io.paystate.spi.StoredIntent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The rules of spec Part A, one by one. */
final class EngineRulesTest {
    private static final long WEEK = 7 * 86400L;
    private final TestClock clock = new TestClock();
    private final RecordingSink sink = new RecordingSink();
    private final ScriptedProcessor processor = new ScriptedProcessor();
    private final PaymentEngine engine = engine(PaymentEngine.builder());

    private PaymentEngine engine(PaymentEngineBuilder builder) {
        return builder.clock(clock).eventSink(sink).processor(processor).idGenerator(IdGenerator.seeded(12))
                .build();
    }

    private PaymentIntent held(PaymentEngine on) {
        return on.create(CreateParams.builder(1000, "usd").paymentMethod("pm_increment")
                .captureMethod(CaptureMethod.MANUAL)
                .cardOptions(new CardOptions(null, AuthorizationRequest.IF_AVAILABLE, null, null, null))
                .confirm(true).build());
    }

    @Test
    void expiry_oneSecondBeforeTheDeadline_doesNotExpire() {
        PaymentIntent pi = held(engine);
        clock.advanceSeconds(WEEK - 1);
        engine.processDue();
        assertThat(engine.retrieve(pi.id()).status()).isEqualTo(PaymentIntentStatus.REQUIRES_CAPTURE);
    }

    @Test
    void expiry_atTheDeadline_cancelsReleasesAndRefunds() {
        PaymentIntent pi = held(engine);
        int mark = sink.size();
        clock.advanceSeconds(WEEK + 3600);
        PaymentIntent expired = engine.retrieve(pi.id()); // lazily, without processDue
        assertThat(expired.status()).isEqualTo(PaymentIntentStatus.CANCELED);
        assertThat(expired.cancellationReason()).isEqualTo(CancellationReason.AUTOMATIC);
        assertThat(expired.canceledAt()).isEqualTo(pi.created().plusSeconds(WEEK));
        assertThat(expired.amountCapturable()).isZero();
        List<PaymentEvent> events = sink.all().subList(mark, sink.size());
        assertThat(events).extracting(PaymentEvent::type)
                .containsExactly(EventType.CHARGE_EXPIRED, EventType.PAYMENT_INTENT_CANCELED);
        assertThat(events).allSatisfy(e -> {
            assertThat(e.requestId()).isNull();
            assertThat(e.created()).isEqualTo(pi.created().plusSeconds(WEEK));
        });
        Charge charge = events.get(0).charge();
        assertThat(charge.refunded()).isTrue();
        assertThat(charge.amountRefunded()).isEqualTo(1000);
        assertThat(charge.refundReason()).isEqualTo(RefundReason.EXPIRED_UNCAPTURED_CHARGE);
        assertThatThrownBy(() -> engine.capture(pi.id(), CaptureParams.full()))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.getMessage()).contains("status of canceled"));
    }

    @Test
    void confirm_manualCaptureAfterTheDeadline_authorizesAndExpiresInOneRequest() {
        PaymentIntent pi = engine.create(CreateParams.builder(1000, "usd").paymentMethod("pm_ok")
                .captureMethod(CaptureMethod.MANUAL).build());
        clock.advanceSeconds(WEEK);
        int mark = sink.size();
        PaymentIntent result = engine.confirm(pi.id(), ConfirmParams.none());
        assertThat(result.status()).isEqualTo(PaymentIntentStatus.CANCELED);
        assertThat(sink.intentTypesSince(mark)).containsExactly(EventType.PAYMENT_INTENT_AMOUNT_CAPTURABLE_UPDATED,
                EventType.PAYMENT_INTENT_CANCELED);
    }

    @Test
    void processDue_stepsOfSeveralIntents_happenInDueTimeOrder() {
        PaymentEngine e = engine(PaymentEngine.builder().authorizationWindow(Duration.ofHours(1)));
        PaymentIntent b = e.create(CreateParams.builder(1000, "usd").paymentMethod("pm_ok")
                .captureMethod(CaptureMethod.MANUAL).confirm(true).build());          // expires at +3600
        clock.advanceSeconds(10);
        PaymentIntent a = e.create(CreateParams.builder(1000, "eur").paymentMethod("pm_sepa")
                .paymentMethodTypes(List.of("sepa_debit")).captureMethod(CaptureMethod.MANUAL).confirm(true)
                .build());                                                             // held at +190, expires at +3610
        int mark = sink.size();
        clock.advanceSeconds(4000);
        e.processDue();
        List<String> order = sink.all().subList(mark, sink.size()).stream()
                .filter(ev -> ev.type().isPaymentIntentEvent())
                .map(ev -> (ev.paymentIntentId().equals(a.id()) ? "a " : "b ") + ev.type().wireName()).toList();
        assertThat(order).containsExactly("a payment_intent.amount_capturable_updated", "b payment_intent.canceled",
                "a payment_intent.canceled");
    }

    @Test
    void legacyExpiryPolicy_revertsToRequiresPaymentMethod() {
        PaymentEngine legacy = engine(PaymentEngine.builder().expiryPolicy(ExpiryPolicy.REVERT_TO_REQUIRES_PAYMENT_METHOD));
        PaymentIntent pi = held(legacy);
        clock.advanceSeconds(WEEK);
        legacy.processDue();
        PaymentIntent reverted = legacy.retrieve(pi.id());
        assertThat(reverted.status()).isEqualTo(PaymentIntentStatus.REQUIRES_PAYMENT_METHOD);
        assertThat(reverted.amountCapturable()).isZero();
        assertThat(reverted.paymentMethod()).isNull();
    }

    @Test
    void authorizationWindows_defaultAndPerBrand_areHonoured() {
        PaymentEngine shortVisa = engine(PaymentEngine.builder().authorizationWindow(Duration.ofDays(3))
                .authorizationWindow("VISA", Duration.ofHours(114)));
        PaymentIntent pi = held(shortVisa);
        clock.advance(Duration.ofHours(114).minusSeconds(1));
        shortVisa.processDue();
        assertThat(shortVisa.retrieve(pi.id()).status()).isEqualTo(PaymentIntentStatus.REQUIRES_CAPTURE);
        clock.advanceSeconds(1);
        shortVisa.processDue();
        assertThat(shortVisa.retrieve(pi.id()).status()).isEqualTo(PaymentIntentStatus.CANCELED);
    }

    @Test
    void capture_partial_releasesTheRemainderOnTheCharge() {
        PaymentIntent pi = held(engine);
        int mark = sink.size();
        PaymentIntent captured = engine.capture(pi.id(), CaptureParams.amount(600));
        assertThat(captured.amountReceived()).isEqualTo(600);
        assertThat(captured.amountCapturable()).isZero();
        Charge charge = sink.all().get(mark).charge();
        assertThat(charge.amountCaptured()).isEqualTo(600);
        assertThat(charge.amountRefunded()).isEqualTo(400);
        assertThat(charge.captured()).isTrue();
    }

    @Test
    void capture_aboveCapturable_isAmountTooLargeNamingAmountToCapture() {
        PaymentIntent pi = held(engine);
        assertThatThrownBy(() -> engine.capture(pi.id(), CaptureParams.amount(1001)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.code()).contains(ErrorCode.AMOUNT_TOO_LARGE);
                    assertThat(e.param()).contains("amount_to_capture");
                });
    }

    @Test
    void cancel_fromProcessing_isRefused() {
        PaymentIntent pi = engine.create(CreateParams.builder(1000, "eur").paymentMethod("pm_sepa")
                .paymentMethodTypes(List.of("sepa_debit")).confirm(true).build());
        assertThatThrownBy(() -> engine.cancel(pi.id(), CancelParams.none()))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.getMessage()).contains("requires_payment_method, requires_capture, "
                                + "requires_confirmation, requires_action"));
    }

    @Test
    void update_rules_paymentMethodAndStatus() {
        PaymentIntent pi = engine.create(CreateParams.builder(1000, "usd").build());
        assertThat(engine.update(pi.id(), UpdateParams.builder().paymentMethod("pm_ok").build()).status())
                .isEqualTo(PaymentIntentStatus.REQUIRES_CONFIRMATION);
        assertThat(engine.update(pi.id(), UpdateParams.builder().paymentMethod("").build()).status())
                .isEqualTo(PaymentIntentStatus.REQUIRES_PAYMENT_METHOD);
        PaymentIntent canceled = engine.cancel(pi.id(), CancelParams.none());
        assertThat(engine.update(canceled.id(), UpdateParams.builder().description("d").metadata("k", "v").build())
                .description()).isEqualTo("d");
        assertThatThrownBy(() -> engine.update(canceled.id(), UpdateParams.builder().receiptEmail("a@b.co").build()))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.param()).contains("receipt_email"));
    }

    @Test
    void update_amountInRequiresAction_dropsTheChallenge() {
        PaymentIntent pi = engine.create(CreateParams.builder(1000, "usd").paymentMethod("pm_3ds").confirm(true).build());
        PaymentIntent updated = engine.update(pi.id(), UpdateParams.builder().amount(2000).build());
        assertThat(updated.status()).isEqualTo(PaymentIntentStatus.REQUIRES_CONFIRMATION);
        assertThat(updated.nextAction()).isNull();
    }

    @Test
    void update_afterDecline_clearsLastPaymentErrorAndEmitsNothing() {
        PaymentIntent pi = engine.create(CreateParams.builder(1000, "usd").build());
        assertThatThrownBy(() -> engine.confirm(pi.id(), ConfirmParams.withPaymentMethod("pm_decline")))
                .isInstanceOf(CardException.class);
        int mark = sink.size();
        assertThat(engine.update(pi.id(), UpdateParams.builder().description("x").build()).lastPaymentError()).isNull();
        assertThat(sink.size()).isEqualTo(mark);
    }

    @Test
    void threeDSecure_returnUrl_givesRedirectToUrl() {
        PaymentIntent pi = engine.create(CreateParams.builder(1000, "usd").paymentMethod("pm_3ds").confirm(true)
                .returnUrl("https://shop.test/back").build());
        assertThat(pi.nextAction()).isInstanceOfSatisfying(NextAction.RedirectToUrl.class,
                r -> assertThat(r.returnUrl()).isEqualTo("https://shop.test/back"));
        assertThat(pi.nextAction().toString()).doesNotContain(pi.clientSecret());
    }

    @Test
    void threeDSecure_failedChallenge_isAuthenticationFailureOnTheIntent() {
        PaymentIntent pi = engine.create(CreateParams.builder(1000, "usd").paymentMethod("pm_3ds").confirm(true).build());
        PaymentIntent failed = engine.completeAction(pi.id(), ActionOutcome.FAILURE);
        assertThat(failed.status()).isEqualTo(PaymentIntentStatus.REQUIRES_PAYMENT_METHOD);
        assertThat(failed.lastPaymentError().code()).isEqualTo(ErrorCode.PAYMENT_INTENT_AUTHENTICATION_FAILURE);
        assertThat(failed.paymentMethod()).isNull();
    }

    @Test
    void threeDSecure_manualConfirmation_confirmAppliesThePostAuthenticationOutcome() {
        PaymentIntent pi = engine.create(CreateParams.builder(1000, "usd").paymentMethod("pm_3ds_decline")
                .confirmationMethod(ConfirmationMethod.MANUAL).confirm(true).build());
        assertThat(engine.completeAction(pi.id(), ActionOutcome.SUCCESS).status())
                .isEqualTo(PaymentIntentStatus.REQUIRES_CONFIRMATION);
        assertThatThrownBy(() -> engine.confirm(pi.id(), ConfirmParams.none()))
                .isInstanceOfSatisfying(CardException.class, e -> assertThat(e.declineCode()).contains("insufficient_funds"));
    }

    @Test
    void increment_checksInOrderAndCountsAttempts() {
        PaymentIntent notEligible = engine.create(CreateParams.builder(1000, "usd").paymentMethod("pm_ok")
                .captureMethod(CaptureMethod.MANUAL).confirm(true).build());
        assertThatThrownBy(() -> engine.incrementAuthorization(notEligible.id(), IncrementAuthorizationParams.amount(10)))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.code()).contains(ErrorCode.PAYMENT_INTENT_UNEXPECTED_STATE));
        PaymentIntent pi = held(engine);
        Instant deadline = pi.created().plusSeconds(WEEK);
        for (int i = 1; i <= 10; i++) {
            if (i % 2 == 0) {
                assertThatThrownBy(() -> engine.incrementAuthorization(pi.id(),
                        IncrementAuthorizationParams.amount(6_000_000))).isInstanceOf(CardException.class);
            } else {
                engine.incrementAuthorization(pi.id(), IncrementAuthorizationParams.amount(1000 + 100L * i));
            }
        }
        assertThatThrownBy(() -> engine.incrementAuthorization(pi.id(), IncrementAuthorizationParams.amount(5000)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.param()).contains("amount"));
        PaymentIntent after = engine.retrieve(pi.id());
        assertThat(after.amount()).isEqualTo(1900);
        assertThat(after.amountCapturable()).isEqualTo(1900);
        clock.advanceSeconds(WEEK);
        engine.processDue();
        assertThat(engine.retrieve(pi.id()).canceledAt()).isEqualTo(deadline);
    }

    @Test
    void events_requestDriven_carryRequestIdAndKey() {
        PaymentIntent pi = engine.create(CreateParams.builder(1000, "usd").paymentMethod("pm_ok").build(),
                RequestOptions.idempotencyKey("order-1"));
        PaymentEvent created = sink.forIntent(pi.id()).get(0);
        assertThat(created.requestId()).startsWith("req_");
        assertThat(created.idempotencyKey()).isEqualTo("order-1");
        assertThat(created.account()).isEqualTo(AccountId.DEFAULT);
        assertThat(created.sequence()).isEqualTo(1);
    }

    @Test
    void throwingSink_neverUndoesATransition() {
        PaymentEngine throwing = PaymentEngine.builder().clock(clock).processor(new ScriptedProcessor())
                .eventSink(e -> {
                    throw new IllegalStateException("sink down");
                }).build();
        PaymentIntent pi = throwing.create(CreateParams.builder(1000, "usd").paymentMethod("pm_ok").confirm(true).build());
        assertThat(throwing.retrieve(pi.id()).status()).isEqualTo(PaymentIntentStatus.SUCCEEDED);
    }

    /** A store whose next {@code failures} updates lose the compare-and-set. */
    static final class ConflictingStore extends ForwardingStore {
        final AtomicInteger failures = new AtomicInteger();

        @Override
        public StoredIntent commit(Commit commit) {
            if (!commit.isInsert() && failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw new StoreConflictException("simulated concurrent writer");
            }
            return super.commit(commit);
        }
    }

    @Test
    void storeConflict_onAPureCommand_isRetried() {
        ConflictingStore store = new ConflictingStore();
        PaymentEngine e = engine(PaymentEngine.builder().store(store));
        PaymentIntent pi = e.create(CreateParams.builder(1000, "usd").build());
        store.failures.set(1);
        assertThat(e.cancel(pi.id(), CancelParams.none()).status()).isEqualTo(PaymentIntentStatus.CANCELED);
    }

    @Test
    void storeConflict_onConfirm_reappliesTheDecisionWithoutAskingAgain() {
        ConflictingStore store = new ConflictingStore();
        PaymentEngine e = engine(PaymentEngine.builder().store(store));
        PaymentIntent pi = e.create(CreateParams.builder(1000, "usd").paymentMethod("pm_ok").build());
        int asked = processor.authorizations();
        store.failures.set(1);
        PaymentIntent confirmed = e.confirm(pi.id(), ConfirmParams.none());
        assertThat(confirmed.status()).isEqualTo(PaymentIntentStatus.SUCCEEDED);
        assertThat(processor.authorizations() - asked).isEqualTo(1);
        assertThat(e.listCharges(pi.id(), RequestOptions.none()).data()).hasSize(1);
    }

    @Test
    void storeConflict_onEveryRetry_isA429AndReleasesTheApproval() {
        ConflictingStore store = new ConflictingStore();
        PaymentEngine e = engine(PaymentEngine.builder().store(store));
        PaymentIntent pi = e.create(CreateParams.builder(1000, "usd").paymentMethod("pm_ok").build());
        int mark = sink.size();
        store.failures.set(100);
        assertThatThrownBy(() -> e.confirm(pi.id(), ConfirmParams.none()))
                .isInstanceOfSatisfying(InvalidRequestException.class, ex -> {
                    assertThat(ex.httpStatus()).isEqualTo(429);
                    assertThat(ex.code()).contains(ErrorCode.LOCK_TIMEOUT);
                });
        store.failures.set(0);
        assertThat(e.retrieve(pi.id())).isEqualTo(pi);
        assertThat(sink.size()).isEqualTo(mark);
        assertThat(processor.releasedAttempts()).hasSize(1);
    }

    @Test
    void expiryRacingCaptureAndCancel_hasExactlyOneWinnerPerIntent() throws Exception {
        List<PaymentIntent> intents = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            intents.add(held(engine));
        }
        clock.advanceSeconds(WEEK - 1);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        CountDownLatch start = new CountDownLatch(1);
        Future<?> clockMover = pool.submit(() -> {
            start.await();
            clock.advanceSeconds(1);
            engine.processDue();
            return null;
        });
        List<Future<?>> operators = new java.util.ArrayList<>();
        for (int t = 0; t < 2; t++) {
            int parity = t;
            operators.add(pool.submit(() -> {
                start.await();
                for (int i = parity; i < intents.size(); i += 2) {
                    try {
                        if (i % 4 < 2) {
                            engine.capture(intents.get(i).id(), CaptureParams.full());
                        } else {
                            engine.cancel(intents.get(i).id(), CancelParams.none());
                        }
                    } catch (InvalidRequestException lostTheRace) {
                        assertThat(lostTheRace.getMessage()).contains("status of canceled");
                    }
                }
                return null;
            }));
        }
        start.countDown();
        clockMover.get(30, TimeUnit.SECONDS);
        for (Future<?> f : operators) {
            f.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();
        for (PaymentIntent pi : intents) {
            List<EventType> terminalEvents = sink.forIntent(pi.id()).stream().map(PaymentEvent::type)
                    .filter(t -> t == EventType.PAYMENT_INTENT_SUCCEEDED || t == EventType.PAYMENT_INTENT_CANCELED)
                    .toList();
            assertThat(terminalEvents).as("one winner for " + pi.id()).hasSize(1);
            assertThat(engine.retrieve(pi.id()).status().isTerminal()).isTrue();
        }
    }
}
