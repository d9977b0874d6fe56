package io.paystate.sim;

import io.paystate.model.CancellationReason;
import io.paystate.model.CaptureMethod;
import io.paystate.model.EventType;
import io.paystate.model.PaymentEvent;
import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentIntentId;
import io.paystate.model.PaymentIntentStatus;
import io.paystate.spi.EventSink;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/**
 * Everything one partition counts. Two independent sources: the engine's events (through
 * {@link EventSink}) and the store's finished intents; the tests check they agree.
 */
final class Tally implements EventSink {
    static final int BUCKET_SECONDS = 6 * 3600;

    final Map<EventType, Long> eventsByType = new EnumMap<>(EventType.class);
    final Map<String, Long> finishedByStatus = new TreeMap<>();
    final Map<String, Long> declinesByCode = new TreeMap<>();
    final Histogram hoursToCapture = new Histogram(3600L * 24 * 60, 3);
    long authorized;
    long captured;
    long released;
    long expired;
    long replays;
    long captureAfterExpiry;
    long intents;
    /** Per time bucket: [created, succeeded, expired holds, holds outstanding (amount), live holds]. */
    final TreeMap<Long, long[]> timeline = new TreeMap<>();
    final Map<String, TreeMap<Long, Long>> statusTimeline = new TreeMap<>();

    private final Instant start;
    private final Map<PaymentIntentId, Instant> authorizedAt = new HashMap<>();
    private final Map<PaymentIntentId, PaymentIntentStatus> lastStatus = new HashMap<>();
    private final Map<PaymentIntentStatus, Long> liveByStatus = new EnumMap<>(PaymentIntentStatus.class);
    private long holdsOutstanding;
    private long liveHolds;

    Tally(Instant start) {
        this.start = start;
    }

    private long bucket(Instant t) {
        return Math.max(0, (t.getEpochSecond() - start.getEpochSecond()) / BUCKET_SECONDS);
    }

    private long[] bucketOf(Instant t) {
        return timeline.computeIfAbsent(bucket(t), b -> new long[5]);
    }

    @Override
    public void accept(PaymentEvent e) {
        eventsByType.merge(e.type(), 1L, Long::sum);
        PaymentIntent pi = e.paymentIntent();
        PaymentIntentId id = pi.id();
        long[] b = bucketOf(e.created());
        switch (e.type()) {
            case PAYMENT_INTENT_CREATED -> b[0]++;
            case PAYMENT_INTENT_AMOUNT_CAPTURABLE_UPDATED -> {
                if (authorizedAt.putIfAbsent(id, e.created()) == null) {
                    authorized += pi.amount();
                    holdsOutstanding += pi.amount();
                    liveHolds++;
                }
            }
            case PAYMENT_INTENT_SUCCEEDED -> {
                b[1]++;
                captured += pi.amountReceived();
                Instant heldSince = authorizedAt.remove(id);
                if (heldSince != null) {
                    holdsOutstanding -= pi.amount();
                    liveHolds--;
                    released += pi.amount() - pi.amountReceived();
                    hoursToCapture.recordValue(Math.max(0, e.created().getEpochSecond() - heldSince.getEpochSecond()));
                } else {
                    authorized += pi.effectiveCaptureMethod() == CaptureMethod.MANUAL ? 0 : pi.amount();
                }
            }
            case PAYMENT_INTENT_CANCELED -> {
                if (authorizedAt.remove(id) != null) {
                    holdsOutstanding -= pi.amount();
                    liveHolds--;
                    if (pi.cancellationReason() == CancellationReason.AUTOMATIC) {
                        expired += pi.amount();
                        b[2]++;
                    } else {
                        released += pi.amount();
                    }
                }
            }
            case PAYMENT_INTENT_PAYMENT_FAILED -> {
                if (pi.lastPaymentError() != null) {
                    String code = pi.lastPaymentError().declineCode() != null ? pi.lastPaymentError().declineCode()
                            : pi.lastPaymentError().code().wireName();
                    declinesByCode.merge(code, 1L, Long::sum);
                }
            }
            default -> { }
        }
        if (e.type().isPaymentIntentEvent()) {
            PaymentIntentStatus before = lastStatus.put(id, pi.status());
            if (before != null) {
                liveByStatus.merge(before, -1L, Long::sum);
            }
            if (pi.status().isTerminal()) {
                lastStatus.remove(id);
            } else {
                liveByStatus.merge(pi.status(), 1L, Long::sum);
            }
        }
        b[3] = holdsOutstanding;
        b[4] = liveHolds;
        long key = bucket(e.created());
        if (key != sampledBucket) {
            // levels are sampled once per bucket: the first event of a bucket records the level
            // before it, which is the level at the end of the previous one
            sampleStatuses(sampledBucket);
            sampledBucket = key;
        }
    }

    private long sampledBucket = -1;

    private void sampleStatuses(long bucket) {
        if (bucket < 0) {
            return;
        }
        for (PaymentIntentStatus s : PaymentIntentStatus.values()) {
            if (!s.isTerminal()) {
                statusTimeline.computeIfAbsent(s.wireName(), k -> new TreeMap<>())
                        .put(bucket, liveByStatus.getOrDefault(s, 0L));
            }
        }
    }

    /** Records the levels of the last bucket; call once when the partition is done. */
    void close() {
        sampleStatuses(sampledBucket);
    }

    void finished(PaymentIntent pi) {
        String key = pi.status().wireName()
                + (pi.cancellationReason() == null ? "" : " (" + pi.cancellationReason().wireName() + ")");
        finishedByStatus.merge(key, 1L, Long::sum);
    }
}
