package io.paystate.engine.internal;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Runs the processor's deciding calls under the configured timeout, so that a hung processor holds
 * an intent's lock for a bounded time. With no timeout (the built-in test-mode processor, which
 * never blocks) calls run on the caller's thread; otherwise on a bounded pool of daemon threads,
 * the caller waiting at most the timeout.
 *
 * <p>Thread safety: safe for concurrent use.
 */
final class ProcessorGateway {
    private static final int MAX_THREADS = 64;

    private final @Nullable Duration timeout;
    private final @Nullable ThreadPoolExecutor executor;

    /** A processor call that did not answer in time; it may still complete later. */
    static final class TimeoutFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TimeoutFailure(Duration timeout) {
            super("the payment processor did not answer within " + timeout, null, false, false);
        }
    }

    /** The processor could not be called at all (every worker busy): it was not reached. */
    static final class NotReached extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotReached(Throwable cause) {
            super("the payment processor could not be called: every worker is busy", cause, false, false);
        }
    }

    ProcessorGateway(@Nullable Duration timeout) {
        this.timeout = timeout;
        if (timeout == null) {
            this.executor = null;
        } else {
            AtomicInteger n = new AtomicInteger();
            ThreadFactory threads = r -> {
                Thread t = new Thread(r, "paystate-processor-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            };
            this.executor = new ThreadPoolExecutor(0, MAX_THREADS, 60, TimeUnit.SECONDS, new SynchronousQueue<>(),
                    threads);
        }
    }

    /**
     * Calls the processor; rethrows its runtime exception as it is.
     *
     * @throws TimeoutFailure if the call did not answer within the timeout
     * @throws NotReached if no worker could take the call
     */
    <T> T call(Supplier<T> body) {
        ThreadPoolExecutor executor = this.executor;
        Duration timeout = this.timeout;
        if (executor == null || timeout == null) {
            return body.get();
        }
        Future<T> future;
        try {
            future = executor.submit(body::get);
        } catch (RejectedExecutionException e) {
            throw new NotReached(e);
        }
        try {
            return future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new TimeoutFailure(timeout);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new TimeoutFailure(timeout);
        }
    }
}
