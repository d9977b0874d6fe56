package io.paystate.engine.faults;

import io.paystate.model.Charge;
import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentMethodId;
import io.paystate.spi.AuthorizationAttempt;
import io.paystate.spi.AuthorizationOutcome;
import io.paystate.spi.FundsMovement;
import io.paystate.spi.IncrementOutcome;
import io.paystate.spi.PaymentMethodData;
import io.paystate.spi.PaymentMethodDetails;
import io.paystate.spi.PaymentProcessor;
import io.paystate.spi.ReleaseReason;
import io.paystate.spi.SettlementOutcome;
import io.paystate.spi.TokenizationResult;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A processor that wraps another and fails on purpose: it may throw before deciding, approve and
 * then throw (the approval stands at the "acquirer", the engine sees a failure), or hang until the
 * test opens its gate. One-shot faults are armed by the test; random ones are drawn with the given
 * odds. Funds movements may fail too, to exercise their retries.
 */
public final class FaultyProcessor implements PaymentProcessor {
    /** The kinds of fault of a deciding call. */
    public enum Fault {
        THROW,
        APPROVE_THEN_THROW,
        HANG
    }

    private final PaymentProcessor delegate;
    private final SplittableRandom random;
    private final double throwOdds;
    private final double approveThenThrowOdds;
    private final double hangOdds;
    private final double movementFailureOdds;
    private volatile Fault next;
    private volatile Fault always;
    private volatile CountDownLatch gate = new CountDownLatch(1);
    private volatile boolean quiet;
    public final AtomicInteger injected = new AtomicInteger();
    public final AtomicInteger hung = new AtomicInteger();

    public FaultyProcessor(PaymentProcessor delegate) {
        this(delegate, 0, 0, 0, 0, 0);
    }

    public FaultyProcessor(PaymentProcessor delegate, long seed, double throwOdds, double approveThenThrowOdds,
            double hangOdds, double movementFailureOdds) {
        this.delegate = delegate;
        this.random = new SplittableRandom(seed);
        this.throwOdds = throwOdds;
        this.approveThenThrowOdds = approveThenThrowOdds;
        this.hangOdds = hangOdds;
        this.movementFailureOdds = movementFailureOdds;
    }

    public void failNext(Fault fault) {
        this.next = fault;
    }

    /** Fails every deciding call this way until cleared with null. */
    public void failAlways(Fault fault) {
        this.always = fault;
    }

    /** Stops (or restarts) the random faults. */
    public void quiet(boolean value) {
        this.quiet = value;
    }

    /** Lets every hung call go on, and new hangs return at once. */
    public void openGate() {
        gate.countDown();
    }

    private synchronized double draw() {
        return random.nextDouble();
    }

    private Fault fault() {
        Fault f = next;
        next = null;
        if (f == null) {
            f = always;
        }
        if (f == null && !quiet && throwOdds + approveThenThrowOdds + hangOdds > 0) {
            double d = draw();
            f = d < throwOdds ? Fault.THROW : d < throwOdds + approveThenThrowOdds ? Fault.APPROVE_THEN_THROW
                    : d < throwOdds + approveThenThrowOdds + hangOdds ? Fault.HANG : null;
        }
        return f;
    }

    private <T> T decide(java.util.function.Supplier<T> call) {
        Fault f = fault();
        if (f == Fault.THROW) {
            injected.incrementAndGet();
            throw new IllegalStateException("injected: processor unavailable");
        }
        if (f == Fault.HANG) {
            injected.incrementAndGet();
            hung.incrementAndGet();
            try {
                gate.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        T outcome = call.get();
        if (f == Fault.APPROVE_THEN_THROW) {
            injected.incrementAndGet();
            throw new IllegalStateException("injected: answer lost after deciding");
        }
        return outcome;
    }

    @Override
    public Optional<PaymentMethodDetails> findPaymentMethod(PaymentMethodId id) {
        return delegate.findPaymentMethod(id);
    }

    @Override
    public TokenizationResult createPaymentMethod(PaymentMethodData data) {
        return delegate.createPaymentMethod(data);
    }

    @Override
    public AuthorizationOutcome authorize(AuthorizationAttempt attempt) {
        return decide(() -> delegate.authorize(attempt));
    }

    @Override
    public AuthorizationOutcome afterAuthentication(AuthorizationAttempt attempt) {
        return decide(() -> delegate.afterAuthentication(attempt));
    }

    @Override
    public SettlementOutcome settle(AuthorizationAttempt attempt) {
        return decide(() -> delegate.settle(attempt));
    }

    @Override
    public IncrementOutcome incrementAuthorization(PaymentIntent intent, Charge charge, long newAmount) {
        return decide(() -> delegate.incrementAuthorization(intent, charge, newAmount));
    }

    private void movementFault() {
        if (!quiet && movementFailureOdds > 0 && draw() < movementFailureOdds) {
            injected.incrementAndGet();
            throw new IllegalStateException("injected: acquirer unavailable");
        }
    }

    @Override
    public void capture(FundsMovement movement) {
        movementFault();
        delegate.capture(movement);
    }

    @Override
    public void release(FundsMovement movement, ReleaseReason reason) {
        movementFault();
        delegate.release(movement, reason);
    }
}
