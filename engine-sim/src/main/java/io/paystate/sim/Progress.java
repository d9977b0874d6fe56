package io.paystate.sim;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Reports arrivals while a simulation runs. A redrawn bar only makes sense on a terminal: in a log
 * file or a CI console its carriage-return frames pile up as noise, so without a terminal it
 * writes a plain line every tenth of the run instead. Partitions call {@link #accept} from several
 * threads.
 */
abstract class Progress implements LongConsumer, AutoCloseable {
    private Progress() {}

    /** Returns the bar on a terminal, plain lines without one, and nothing when {@code quiet}. */
    static Progress of(boolean quiet, boolean terminal, long total, PrintWriter err) {
        if (quiet) {
            return new Silent();
        }
        return terminal ? new Bar(total) : new Lines(total, err);
    }

    @Override
    public abstract void close();

    private static final class Silent extends Progress {
        @Override
        public void accept(long n) {}

        @Override
        public void close() {}
    }

    private static final class Bar extends Progress {
        private final AtomicLong done = new AtomicLong();
        private final long total;
        private final ProgressBar bar;

        Bar(long total) {
            this.total = total;
            this.bar = new ProgressBarBuilder().setTaskName("simulating").setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200).continuousUpdate().build();
        }

        @Override
        public void accept(long n) {
            long d = done.addAndGet(n);
            // stepping on every arrival would contend on the bar's lock from every partition thread
            if (d % 1000 == 0) {
                bar.stepTo(d);
            }
        }

        @Override
        public void close() {
            bar.stepTo(total);
            bar.close();
        }
    }

    private static final class Lines extends Progress {
        private static final int STEPS = 10;
        private final AtomicLong done = new AtomicLong();
        private final long total;
        private final PrintWriter err;

        Lines(long total, PrintWriter err) {
            this.total = total;
            this.err = err;
        }

        @Override
        public void accept(long n) {
            long d = done.addAndGet(n);
            long before = d - n;
            // exactly one caller crosses each tenth, so each line is printed once
            if (d * STEPS / total != before * STEPS / total) {
                err.printf(Locale.ROOT, "simulating: %3d%% (%,d of %,d intents)%n", d * 100 / total, d, total);
                err.flush();
            }
        }

        @Override
        public void close() {}
    }
}
