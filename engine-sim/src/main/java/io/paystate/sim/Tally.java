package io.paystate.sim;

import io.paystate.model.CancellationReason;
import io.paystate.model.CaptureMethod;
import io.paystate.model.Currency;
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
 *
 * <p>Time series are kept per virtual day: a run of weeks reads in days, and finer buckets only
 * made the charts a comb of thin bars. Flows (created, succeeded, expired) are counted per day;
 * levels (intents in each status, holds outstanding) are sampled at the end of each day.
 */
final class Tally implements EventSink {
    static final int BUCKET_SECONDS = 86_400;
    /** Indices into a day's flows. */
    static final int CREATED = 0;
    static final int SUCCEEDED = 1;
    static final int EXPIRED_HOLDS = 2;
    private static final long NOT_HELD = Long.MIN_VALUE;

    /** What the tally follows of a live intent: its last status and, while held, since when (epoch second). */
    private static final class Followed {
        PaymentIntentStatus status;
        long heldSince = NOT_HELD;
    }

    // a counter cell per type: a map of Longs would box one for every event
    private final Map<EventType, long[]> eventCounts = new EnumMap<>(EventType.class);
    final Map<String, Long> finishedByStatus = new TreeMap<>();
    final Map<String, Long> declinesByCode = new TreeMap<>();
    /** Seconds from authorization to capture, up to 60 days, 3 significant digits. */
    final Histogram secondsToCapture = new Histogram(3600L * 24 * 60, 3);
    /**
     * Captures by whole hours waited, exact: the histogram's buckets blur bin edges, and hosts here
     * capture after whole hours, exactly on them. At most a few hundred keys.
     */
    final Map<Long, Long> capturesByHour = new TreeMap<>();
    final Map<Currency, MoneyFlows> money = new TreeMap<>();
    long replays;
    long captureAfterExpiry;
    long intents;
    /** Per day: [created, succeeded, expired holds]. */
    final TreeMap<Long, long[]> flows = new TreeMap<>();
    /** Per non-terminal status: live intents at the end of each day. */
    final Map<String, TreeMap<Long, Long>> statusLevels = new TreeMap<>();
    /** Holds outstanding (authorized, not yet captured, canceled or expired) at the end of each day. */
    final TreeMap<Long, Long> holdLevels = new TreeMap<>();
    /** The amount of those holds per currency, at the end of each day. */
    final Map<Currency, TreeMap<Long, Long>> holdAmountLevels = new TreeMap<>();

    private final Instant start;
    /** One entry per live intent: one map, so a held intent costs one node, not one in each of two maps. */
    private final Map<PaymentIntentId, Followed> followed = new HashMap<>();
    private final Map<PaymentIntentStatus, Long> liveByStatus = new EnumMap<>(PaymentIntentStatus.class);
    private final Map<Currency, Long> holdsOutstanding = new TreeMap<>();
    private long liveHolds;
    private long sampledDay = -1;

    Tally(Instant start) {
        this.start = start;
    }

    private long day(Instant t) {
        return Math.max(0, (t.getEpochSecond() - start.getEpochSecond()) / BUCKET_SECONDS);
    }

    private MoneyFlows money(PaymentIntent pi) {
        return money.computeIfAbsent(pi.currency(), c -> new MoneyFlows());
    }

    /** The events seen, by type: only the types seen, in the enum's order. */
    Map<EventType, Long> eventsByType() {
        Map<EventType, Long> byType = new EnumMap<>(EventType.class);
        eventCounts.forEach((type, count) -> byType.put(type, count[0]));
        return byType;
    }

    @Override
    public void accept(PaymentEvent e) {
        long day = day(e.created());
        if (day > sampledDay) {
            // the first event of a new day: the levels before it are the previous day's closing levels
            sampleLevels(sampledDay);
            sampledDay = day;
        }
        eventCounts.computeIfAbsent(e.type(), t -> new long[1])[0]++;
        PaymentIntent pi = e.paymentIntent();
        Followed f = e.type().isPaymentIntentEvent() ? followed.computeIfAbsent(pi.id(), k -> new Followed()) : null;
        long[] today = flows.computeIfAbsent(day, d -> new long[3]);
        switch (e.type()) {
            case PAYMENT_INTENT_CREATED -> today[CREATED]++;
            case PAYMENT_INTENT_AMOUNT_CAPTURABLE_UPDATED -> {
                if (f.heldSince == NOT_HELD) {
                    f.heldSince = e.created().getEpochSecond();
                    money(pi).authorized += pi.amount();
                    hold(pi, 1);
                }
            }
            case PAYMENT_INTENT_SUCCEEDED -> {
                today[SUCCEEDED]++;
                MoneyFlows m = money(pi);
                m.captured += pi.amountReceived();
                if (f.heldSince != NOT_HELD) {
                    hold(pi, -1);
                    m.released += pi.amount() - pi.amountReceived();
                    long waited = Math.max(0, e.created().getEpochSecond() - f.heldSince);
                    secondsToCapture.recordValue(waited);
                    capturesByHour.merge(waited / 3600, 1L, Long::sum);
                } else {
                    // paid without a hold: authorized and captured at once
                    m.authorized += pi.effectiveCaptureMethod() == CaptureMethod.MANUAL ? 0 : pi.amount();
                }
            }
            case PAYMENT_INTENT_CANCELED -> {
                if (f.heldSince != NOT_HELD) {
                    hold(pi, -1);
                    MoneyFlows m = money(pi);
                    if (pi.cancellationReason() == CancellationReason.AUTOMATIC) {
                        m.expired += pi.amount();
                        m.expiredHolds++;
                        today[EXPIRED_HOLDS]++;
                    } else {
                        m.released += pi.amount();
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
        if (f != null) {
            if (f.status != null) {
                liveByStatus.merge(f.status, -1L, Long::sum);
            }
            f.status = pi.status();
            if (pi.status().isTerminal()) {
                followed.remove(pi.id());
            } else {
                liveByStatus.merge(pi.status(), 1L, Long::sum);
            }
        }
    }

    private void hold(PaymentIntent pi, int sign) {
        holdsOutstanding.merge(pi.currency(), sign * pi.amount(), Long::sum);
        liveHolds += sign;
    }

    private void sampleLevels(long day) {
        if (day < 0) {
            return;
        }
        for (PaymentIntentStatus s : PaymentIntentStatus.values()) {
            if (!s.isTerminal()) {
                statusLevels.computeIfAbsent(s.wireName(), k -> new TreeMap<>()).put(day, liveByStatus.getOrDefault(s, 0L));
            }
        }
        holdLevels.put(day, liveHolds);
        holdsOutstanding.forEach((c, amount) -> holdAmountLevels.computeIfAbsent(c, k -> new TreeMap<>()).put(day, amount));
    }

    /** Records the levels of the last day; call once when the partition is done. */
    void close() {
        sampleLevels(sampledDay);
    }

    /**
     * Forgets the last status of an intent nothing will touch again; it stays counted in that
     * status's level to the end.
     */
    void setAside(PaymentIntentId id) {
        followed.remove(id);
    }

    /** How many intents this tally follows: those whose last status it keeps. */
    int followedIntents() {
        return followed.size();
    }

    void finished(PaymentIntent pi) {
        String key = pi.status().wireName()
                + (pi.cancellationReason() == null ? "" : " (" + pi.cancellationReason().wireName() + ")");
        finishedByStatus.merge(key, 1L, Long::sum);
    }
}
