package io.paystate.sim;

import io.paystate.model.Currency;
import io.paystate.model.EventType;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/**
 * The merged result of a simulation. Everything but the machine's times ({@link #wallMillis},
 * {@link #partitionCpuMillis}, {@link #slowestPartitionMillis}) and {@link #heapBytes} depends only
 * on the scenario, the seed and the partition count.
 */
final class Summary {
    final RunParameters parameters;
    final Scenario scenario;
    long intents;
    long operations;
    long replays;
    long captureAfterExpiry;
    long liveAtEnd;
    final Map<Currency, MoneyFlows> money = new TreeMap<>();
    final Map<String, Long> finalStatuses = new TreeMap<>();
    final Map<String, Long> declinesByCode = new TreeMap<>();
    final Map<EventType, Long> eventsByType = new EnumMap<>(EventType.class);
    final Histogram secondsToCapture = new Histogram(3600L * 24 * 60, 3);
    final TreeMap<Long, Long> capturesByHour = new TreeMap<>();
    /** Per day, from day 0 to {@link #lastDay} without gaps: [created, succeeded, expired holds]. */
    final TreeMap<Long, long[]> flows = new TreeMap<>();
    final Map<String, TreeMap<Long, Long>> statusLevels = new TreeMap<>();
    final TreeMap<Long, Long> holdLevels = new TreeMap<>();
    final Map<Currency, TreeMap<Long, Long>> holdAmountLevels = new TreeMap<>();
    /** The last virtual day on which anything happened (0-based). */
    long lastDay;
    long wallMillis;
    long heapBytes;
    /** The partitions' threads' CPU time, summed, and the longest partition's wall time. */
    long partitionCpuMillis;
    long slowestPartitionMillis;
    /** The process's CPU, the JIT's and the collector's during the run (the machine's, not simulated). */
    MachineTimes machine = new MachineTimes(0, 0, 0);

    private Summary(RunParameters parameters) {
        this.parameters = parameters;
        this.scenario = parameters.scenario();
    }

    /** Merges the partitions, in partition order so that the result does not depend on threads. */
    static Summary of(RunParameters parameters, List<Partition> parts) {
        Summary s = new Summary(parameters);
        for (Partition p : parts) {
            s.lastDay = Math.max(s.lastDay, lastDay(p.tally));
        }
        for (Partition p : parts) {
            s.add(p);
        }
        for (long d = 0; d <= s.lastDay; d++) {
            s.flows.computeIfAbsent(d, k -> new long[3]);
        }
        return s;
    }

    private static long lastDay(Tally t) {
        long last = t.flows.isEmpty() ? 0 : t.flows.lastKey();
        return t.holdLevels.isEmpty() ? last : Math.max(last, t.holdLevels.lastKey());
    }

    private void add(Partition p) {
        Tally t = p.tally;
        intents += t.intents;
        operations += p.operations;
        partitionCpuMillis += p.cpuNanos / 1_000_000;
        slowestPartitionMillis = Math.max(slowestPartitionMillis, p.wallNanos / 1_000_000);
        replays += t.replays;
        captureAfterExpiry += t.captureAfterExpiry;
        liveAtEnd += p.store.liveCount();
        t.money.forEach((c, m) -> money.computeIfAbsent(c, k -> new MoneyFlows()).add(m));
        t.finishedByStatus.forEach((k, v) -> finalStatuses.merge(k, v, Long::sum));
        p.store.liveByStatus().forEach((k, v) -> finalStatuses.merge(k + " (open)", v, Long::sum));
        t.declinesByCode.forEach((k, v) -> declinesByCode.merge(k, v, Long::sum));
        t.eventsByType().forEach((k, v) -> eventsByType.merge(k, v, Long::sum));
        secondsToCapture.add(t.secondsToCapture);
        t.capturesByHour.forEach((h, n) -> capturesByHour.merge(h, n, Long::sum));
        t.flows.forEach((day, v) -> {
            long[] sum = flows.computeIfAbsent(day, d -> new long[3]);
            for (int i = 0; i < v.length; i++) {
                sum[i] += v[i];
            }
        });
        t.statusLevels.forEach((status, series) -> addLevels(series, statusLevels.computeIfAbsent(status,
                k -> new TreeMap<>())));
        addLevels(t.holdLevels, holdLevels);
        t.holdAmountLevels.forEach((c, series) -> addLevels(series, holdAmountLevels.computeIfAbsent(c,
                k -> new TreeMap<>())));
    }

    /**
     * Adds one partition's levels day by day. A level is sampled only on days with events, and a
     * partition can finish days before another, so each carries its last level forward to the
     * run's last day: leaving it out would drop its holds from the total.
     */
    private void addLevels(NavigableMap<Long, Long> partition, NavigableMap<Long, Long> into) {
        long last = 0;
        for (long d = 0; d <= lastDay; d++) {
            Long v = partition.get(d);
            if (v != null) {
                last = v;
            }
            into.merge(d, last, Long::sum);
        }
    }

    /** The sum of the expired-hold counts of every currency (counts, unlike amounts, add up). */
    long expiredHolds() {
        return money.values().stream().mapToLong(m -> m.expiredHolds).sum();
    }

    /** Time from authorization to capture at a percentile, in hours. */
    double hoursToCapture(double percentile) {
        return secondsToCapture.getValueAtPercentile(percentile) / 3600.0;
    }

    /** The deterministic part, for comparisons: everything but time and memory. */
    Map<String, Object> deterministic() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("intents", intents);
        m.put("operations", operations);
        m.put("replays", replays);
        m.put("captureAfterExpiry", captureAfterExpiry);
        Map<String, List<Long>> figures = new TreeMap<>();
        money.forEach((c, f) -> figures.put(c.code(), f.figures()));
        m.put("money", figures);
        m.put("finalStatuses", Map.copyOf(finalStatuses));
        m.put("declines", Map.copyOf(declinesByCode));
        m.put("events", Map.copyOf(eventsByType));
        m.put("p50", secondsToCapture.getValueAtPercentile(50));
        m.put("p99", secondsToCapture.getValueAtPercentile(99));
        m.put("capturesByHour", Map.copyOf(capturesByHour));
        m.put("flows", flows.entrySet().stream().map(e -> e.getKey() + ":" + List.of(e.getValue()[0],
                e.getValue()[1], e.getValue()[2])).toList());
        m.put("statusLevels", statusLevels.toString());
        m.put("holdLevels", holdLevels.toString());
        m.put("holdAmountLevels", holdAmountLevels.toString());
        return m;
    }
}
