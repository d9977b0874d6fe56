package io.paystate.sim;

import io.paystate.model.EventType;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/**
 * The merged result of a simulation. Everything but {@link #wallMillis}, {@link #heapBytes} and
 * {@link #threads} depends only on the scenario, the seed and the partition count.
 */
final class Summary {
    final Scenario scenario;
    final long seed;
    final int partitions;
    long intents;
    long operations;
    long authorized;
    long captured;
    long released;
    long expired;
    long replays;
    long captureAfterExpiry;
    long liveAtEnd;
    final Map<String, Long> finalStatuses = new TreeMap<>();
    final Map<String, Long> declinesByCode = new TreeMap<>();
    final Map<EventType, Long> eventsByType = new EnumMap<>(EventType.class);
    final Histogram hoursToCapture = new Histogram(3600L * 24 * 60, 3);
    final TreeMap<Long, long[]> timeline = new TreeMap<>();
    final Map<String, TreeMap<Long, Long>> statusTimeline = new TreeMap<>();
    long wallMillis;
    long heapBytes;
    int threads;

    Summary(Scenario scenario, long seed, int partitions) {
        this.scenario = scenario;
        this.seed = seed;
        this.partitions = partitions;
    }

    void add(Partition p) {
        Tally t = p.tally;
        intents += t.intents;
        operations += p.operations;
        authorized += t.authorized;
        captured += t.captured;
        released += t.released;
        expired += t.expired;
        replays += t.replays;
        captureAfterExpiry += t.captureAfterExpiry;
        liveAtEnd += p.store.liveCount();
        t.finishedByStatus.forEach((k, v) -> finalStatuses.merge(k, v, Long::sum));
        p.store.liveByStatus().forEach((k, v) -> finalStatuses.merge(k + " (open)", v, Long::sum));
        t.declinesByCode.forEach((k, v) -> declinesByCode.merge(k, v, Long::sum));
        t.eventsByType.forEach((k, v) -> eventsByType.merge(k, v, Long::sum));
        hoursToCapture.add(t.hoursToCapture);
        t.timeline.forEach((bucket, v) -> {
            long[] sum = timeline.computeIfAbsent(bucket, b -> new long[5]);
            for (int i = 0; i < 3; i++) {
                sum[i] += v[i];
            }
        });
        // holds outstanding and live counts are levels, not flows: carry each partition's last level forward
        addLevels(t.timeline, 3);
        addLevels(t.timeline, 4);
        t.statusTimeline.forEach((status, series) -> {
            TreeMap<Long, Long> merged = statusTimeline.computeIfAbsent(status, s -> new TreeMap<>());
            long last = 0;
            long maxBucket = Math.max(series.isEmpty() ? 0 : series.lastKey(), timeline.isEmpty() ? 0 : timeline.lastKey());
            for (long b = 0; b <= maxBucket; b++) {
                Long v = series.get(b);
                if (v != null) {
                    last = v;
                }
                merged.merge(b, last, Long::sum);
            }
        });
    }

    private void addLevels(TreeMap<Long, long[]> partition, int index) {
        long last = 0;
        long maxBucket = Math.max(partition.isEmpty() ? 0 : partition.lastKey(), timeline.isEmpty() ? 0 : timeline.lastKey());
        for (long b = 0; b <= maxBucket; b++) {
            long[] v = partition.get(b);
            if (v != null) {
                last = v[index];
            }
            timeline.computeIfAbsent(b, k -> new long[5])[index] += last;
        }
    }

    /** The deterministic part, for comparisons: everything but time, memory and threads. */
    Map<String, Object> deterministic() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("intents", intents);
        m.put("operations", operations);
        m.put("authorized", authorized);
        m.put("captured", captured);
        m.put("released", released);
        m.put("expired", expired);
        m.put("replays", replays);
        m.put("captureAfterExpiry", captureAfterExpiry);
        m.put("finalStatuses", Map.copyOf(finalStatuses));
        m.put("declines", Map.copyOf(declinesByCode));
        m.put("events", Map.copyOf(eventsByType));
        m.put("p50", hoursToCapture.getValueAtPercentile(50));
        m.put("p99", hoursToCapture.getValueAtPercentile(99));
        m.put("timeline", timeline.entrySet().stream().map(e -> e.getKey() + ":" + List.of(e.getValue()[0],
                e.getValue()[1], e.getValue()[2], e.getValue()[3], e.getValue()[4])).toList());
        return m;
    }
}
