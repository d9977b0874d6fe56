package io.paystate.http.internal;

import io.paystate.engine.PaymentEngine;
import io.paystate.engine.PaymentEngineBuilder;
import io.paystate.engine.TestModeProcessor;
import io.paystate.http.ApiKeys;
import io.paystate.http.PayStateServer;
import io.paystate.http.RetrySchedule;
import io.paystate.http.ServerOptions;
import io.paystate.http.TimeTravel;
import io.paystate.http.WebhookDispatcher;
import io.paystate.model.AccountId;
import io.paystate.spi.IdGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code bin/paystate serve}: a test-mode engine with the in-memory store behind the HTTP API, with
 * webhooks wired in. Prints the base URL and the secret key, and stops cleanly on Ctrl-C.
 */
public final class ServeMain {
    static final String USAGE = """
            usage: bin/paystate serve [--port N] [--host ADDRESS] [--key sk_test_...] [--any-test-key]
                                      [--manual-clock [--start UNIX]] [--retry test|live] [--url-file FILE]
              --port N          the port (default 12111; 0 picks a free one)
              --host ADDRESS    the address to bind (default 127.0.0.1)
              --key KEY         the secret key to accept for the default account (default sk_test_paystate)
              --any-test-key    accept any sk_test_/pk_test_ key, each suffix with an account of its own
              --manual-clock    run the engine on a manual clock, moved by POST /v1/test_helpers/advance_clock
              --start UNIX      where the manual clock starts (default 1767225600, 2026-01-01T00:00:00Z)
              --retry PRESET    the webhook retry schedule: live (3 days, default) or test (15 seconds)
              --url-file FILE   write the base URL to FILE once listening (for scripts using --port 0)
            """;

    private ServeMain() {}

    /**
     * Starts the server and blocks until the process is interrupted.
     *
     * @param args the options of {@link #USAGE}
     */
    public static void main(String[] args) throws InterruptedException, IOException {
        Options o;
        try {
            o = Options.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println("bin/paystate serve: " + e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        if (o.help) {
            System.out.print(USAGE);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        PayStateServer server = start(o, System.out);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            System.out.println("PayState stopped.");
            stopped.countDown();
        }, "paystate-stop"));
        stopped.await();
    }

    static PayStateServer start(Options o, PrintStream out) throws IOException {
        VirtualClock manual = o.manualClock ? new VirtualClock(Instant.ofEpochSecond(o.start)) : null;
        InstantSource clock = manual != null ? manual : Clock.systemUTC();
        WebhookDispatcher webhooks = WebhookDispatcher.builder().engineClock(clock)
                .retrySchedule(o.retry.equals("test") ? RetrySchedule.test() : RetrySchedule.live()).build();
        IdGenerator ids = IdGenerator.random();
        TestModeProcessor processor = TestModeProcessor.create(ids, TestModeProcessor.DEFAULT_SETTLEMENT_DELAY);
        PaymentEngineBuilder builder = PaymentEngine.builder().clock(clock).idGenerator(ids).processor(processor);
        PaymentEngine engine = webhooks.register(builder).build();
        ApiKeys keys = ApiKeys.defaults();
        if (o.key != null) {
            keys = new ApiKeys(java.util.Map.of(o.key, AccountId.DEFAULT), keys.publishableKeys(), false);
        }
        if (o.anyTestKey) {
            keys = keys.withAnyTestKey();
        }
        ServerOptions options = ServerOptions.defaults().withHost(o.host).withPort(o.port).withApiKeys(keys)
                .withWebhooks(webhooks).withPaymentMethods(processor::findPaymentMethod);
        options = manual != null ? options.withTimeTravel(TimeTravel.of(manual, manual::advance))
                : options.withDueInterval(Duration.ofSeconds(1));
        PayStateServer server = PayStateServer.start(engine, options);
        out.println("PayState listening on " + server.baseUrl());
        out.println("Secret key: " + keys.defaultSecretKey()
                + (o.anyTestKey ? " (any sk_test_... key is accepted, each with an account of its own)" : ""));
        out.println(manual != null ? "Manual clock at " + manual.instant() + ": POST /v1/test_helpers/advance_clock "
                + "seconds=N moves it" : "System clock; webhook retries follow the " + o.retry + " schedule");
        out.println("Ctrl-C stops it.");
        out.flush();
        if (o.urlFile != null) {
            Path file = Path.of(o.urlFile);
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, server.baseUrl() + "\n");
            // a reader polling for the file never sees it half-written
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
        return server;
    }

    /** A clock that moves only when told, forward. */
    static final class VirtualClock implements InstantSource {
        private final AtomicReference<Instant> now;

        VirtualClock(Instant start) {
            now = new AtomicReference<>(start);
        }

        @Override
        public Instant instant() {
            return now.get();
        }

        void advance(Duration by) {
            if (by.isNegative()) {
                throw new IllegalArgumentException("the clock only moves forward");
            }
            now.updateAndGet(t -> t.plus(by));
        }
    }

    /** The parsed command line. */
    static final class Options {
        int port = 12111;
        String host = "127.0.0.1";
        @org.jspecify.annotations.Nullable String key;
        boolean anyTestKey;
        boolean manualClock;
        long start = 1_767_225_600L;
        String retry = "live";
        @org.jspecify.annotations.Nullable String urlFile;
        boolean help;

        static Options parse(List<String> args) {
            Options o = new Options();
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                switch (a) {
                    case "--port" -> o.port = Integer.parseInt(value(args, ++i, a));
                    case "--host" -> o.host = value(args, ++i, a);
                    case "--key" -> o.key = value(args, ++i, a);
                    case "--any-test-key" -> o.anyTestKey = true;
                    case "--manual-clock" -> o.manualClock = true;
                    case "--start" -> o.start = Long.parseLong(value(args, ++i, a));
                    case "--retry" -> {
                        o.retry = value(args, ++i, a);
                        if (!o.retry.equals("test") && !o.retry.equals("live")) {
                            throw new IllegalArgumentException("--retry takes test or live, not " + o.retry);
                        }
                    }
                    case "--url-file" -> o.urlFile = value(args, ++i, a);
                    case "-h", "--help" -> o.help = true;
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
            }
            return o;
        }

        private static String value(List<String> args, int i, String option) {
            if (i >= args.size()) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args.get(i);
        }
    }
}
