package io.paystate.wire.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.paystate.engine.PaymentEngine;
import io.paystate.engine.PaymentEngineException;
import io.paystate.engine.Request;
import io.paystate.engine.RequestOptions;
import io.paystate.engine.Response;
import io.paystate.engine.SearchResult;
import io.paystate.model.PaymentEvent;
import io.paystate.model.PaymentIntent;
import io.paystate.model.PaymentIntentId;
import io.paystate.spi.EventSink;
import io.paystate.spi.IdGenerator;
import io.paystate.wire.StripeJson;
import io.paystate.wire.StripeRequests;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Runs conformance scenarios (the format of {@code shared/conformance/README.md}) against a fresh
 * test-mode engine each, on a virtual clock, or with {@code --base-url URL} over HTTP against a
 * running server ({@code bin/paystate serve --manual-clock --any-test-key}). Usage:
 * {@code ConformanceRunner [--pending FILE] [--base-url URL] DIR...}. Prints one line per scenario and
 * a last line {@code N passed, M failed[, K skipped]}; exits 1 when a scenario failed or a file could
 * not be read.
 */
public final class ConformanceRunner {
    static final long DEFAULT_START = 1_767_225_600L;
    private static final Set<String> SCENARIO_KEYS = Set.of("name", "about", "start_time", "steps");
    private final ObjectMapper json = new ObjectMapper();

    /** The result of one scenario: null failure means it passed. */
    record Outcome(String name, @Nullable String failure) {}

    /**
     * Runs the scenarios of the directories given, and exits with status 0 when every one passed.
     *
     * @param args {@code [--pending FILE] DIR...}, as {@code bin/conformance} passes them
     */
    public static void main(String[] args) {
        System.exit(new ConformanceRunner().run(List.of(args), System.out));
    }

    /**
     * Runs the scenarios named by the arguments, as {@link #main} does, without exiting.
     *
     * @param args {@code [--pending FILE] [--base-url URL] DIR...}
     * @param out where the report goes
     * @return the exit code: 0 when every scenario passed
     */
    public static int execute(List<String> args, PrintStream out) {
        return new ConformanceRunner().run(args, out);
    }

    private @Nullable String baseUrl;
    private java.net.http.@Nullable HttpClient http;

    /** Runs the scenarios named by the arguments; returns the exit code. */
    int run(List<String> args, PrintStream out) {
        Set<String> pending = new HashSet<>();
        boolean withPending = false;
        List<Path> dirs = new ArrayList<>();
        boolean unreadable = false;
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--pending") && i + 1 < args.size()) {
                withPending = true;
                try {
                    for (String line : Files.readAllLines(Path.of(args.get(++i)))) {
                        String name = line.replaceFirst("#.*", "").strip();
                        if (!name.isEmpty()) {
                            pending.add(name);
                        }
                    }
                } catch (IOException e) {
                    out.println("ERROR cannot read pending file " + args.get(i) + ": " + e.getMessage());
                    unreadable = true;
                }
            } else if (args.get(i).equals("--base-url") && i + 1 < args.size()) {
                baseUrl = args.get(++i);
                http = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(10)).build();
            } else {
                dirs.add(Path.of(args.get(i)));
            }
        }
        if (dirs.isEmpty()) {
            out.println("usage: bin/conformance [--pending FILE] [--base-url URL] DIR...");
            return 2;
        }
        int passed = 0;
        int failed = 0;
        int skipped = 0;
        for (Path file : scenarioFiles(dirs, out)) {
            Outcome outcome;
            try {
                outcome = runScenario(json.readTree(file.toFile()), file);
            } catch (IOException | RuntimeException e) {
                out.println("FAIL " + file.getFileName() + ": cannot read: " + e.getMessage());
                failed++;
                unreadable = true;
                continue;
            }
            if (pending.contains(outcome.name())) {
                skipped++;
                out.println((outcome.failure() == null ? "PASSING-PENDING " : "PENDING ") + outcome.name());
            } else if (outcome.failure() == null) {
                passed++;
                out.println("PASS " + outcome.name());
            } else {
                failed++;
                out.println("FAIL " + outcome.name() + ": " + outcome.failure());
            }
        }
        if (dirs.stream().anyMatch(d -> !Files.isDirectory(d))) {
            unreadable = true;
        }
        out.println(passed + " passed, " + failed + " failed" + (withPending ? ", " + skipped + " skipped" : ""));
        return failed > 0 || unreadable ? 1 : 0;
    }

    private static List<Path> scenarioFiles(List<Path> dirs, PrintStream out) {
        List<Path> files = new ArrayList<>();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                out.println("ERROR not a directory: " + dir);
                continue;
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(p -> p.toString().endsWith(".json") && Files.isRegularFile(p)).sorted().forEach(files::add);
            } catch (IOException e) {
                out.println("ERROR cannot list " + dir + ": " + e.getMessage());
            }
        }
        return files;
    }

    /** A scenario failed at a step, or is malformed. */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failure(String message) {
            super(message, null, false, false);
        }
    }

    /** A thread-safe manual clock that only moves forward. */
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
            now.updateAndGet(t -> t.plus(by));
        }
    }

    Outcome runScenario(JsonNode scenario, Path file) {
        String name = scenario.path("name").asText(file.getFileName().toString().replaceFirst("\\.json$", ""));
        try {
            check(scenario.isObject(), "the scenario is not a JSON object");
            unknownKeys(scenario, SCENARIO_KEYS, "scenario");
            JsonNode start = scenario.get("start_time");
            check(start == null || start.canConvertToLong(), "start_time must be an integer");
            long startTime = start == null ? DEFAULT_START : start.asLong();
            JsonNode steps = scenario.get("steps");
            check(steps != null && steps.isArray(), "steps must be an array");
            if (baseUrl != null) {
                // a key of its own per scenario: the server gives it an account no other scenario sees
                String key = "sk_test_conformance" + Long.toHexString(java.util.concurrent.ThreadLocalRandom.current()
                        .nextLong() & Long.MAX_VALUE);
                new HttpScenarioRun(new HttpTarget(java.util.Objects.requireNonNull(http), baseUrl, key), startTime)
                        .steps((ArrayNode) steps);
            } else {
                new Run(Instant.ofEpochSecond(startTime)).steps((ArrayNode) steps);
            }
            return new Outcome(name, null);
        } catch (Failure f) {
            return new Outcome(name, f.getMessage());
        } catch (RuntimeException e) {
            return new Outcome(name, "runner error: " + e);
        }
    }

    static void check(boolean condition, String message) {
        if (!condition) {
            throw new Failure(message);
        }
    }

    private static void unknownKeys(JsonNode node, Set<String> allowed, String what) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String key = names.next();
            check(allowed.contains(key), "unknown key '" + key + "' in " + what);
        }
    }

    /** One scenario's engine, clock, events and labels. */
    private final class Run {
        final VirtualClock clock;
        final List<PaymentEvent> events = new ArrayList<>();
        final PaymentEngine engine;
        final io.paystate.engine.TestModeProcessor processor;
        final Map<String, String> labels = new LinkedHashMap<>();
        @Nullable String nextPage;

        Run(Instant start) {
            clock = new VirtualClock(start);
            EventSink sink = e -> {
                synchronized (events) {
                    events.add(e);
                }
            };
            // the engine's own processor, so that expansions see the payment methods it minted
            IdGenerator ids = IdGenerator.seeded(20260101L);
            processor = io.paystate.engine.TestModeProcessor.create(ids,
                    io.paystate.engine.TestModeProcessor.DEFAULT_SETTLEMENT_DELAY);
            engine = PaymentEngine.builder().clock(clock).eventSink(sink).idGenerator(ids).processor(processor)
                    .build();
        }

        void steps(ArrayNode steps) {
            for (int i = 0; i < steps.size(); i++) {
                try {
                    step(steps.get(i));
                } catch (Failure f) {
                    throw new Failure("step " + (i + 1) + ": " + f.getMessage());
                }
            }
        }

        void step(JsonNode step) {
            String op = StepShape.check(step);
            check(!op.equals("request"), "a request step needs a server: run with --base-url URL");
            int mark;
            synchronized (events) {
                mark = events.size();
            }
            if (op.equals("advance_clock")) {
                JsonNode seconds = step.path("params").get("seconds");
                check(seconds != null && seconds.canConvertToLong() && seconds.isIntegralNumber()
                        && seconds.asLong() >= 0, "advance_clock needs a non-negative integer seconds");
                clock.advance(Duration.ofSeconds(seconds.asLong()));
                engine.processDue();
                checkEvents(step, mark);
                return;
            }
            String label = step.has("intent") ? step.get("intent").asText() : "a";
            PaymentIntentId id = null;
            if (step.has("id")) {
                id = PaymentIntentId.of(step.get("id").asText());
            } else if (StripeRequests.operation(op).onIntent()) {
                String bound = labels.get(label);
                check(bound != null, "unbound label '" + label + "'");
                id = PaymentIntentId.of(bound);
            }
            JsonNode params = step.has("params") ? substitute(step.get("params"), true) : json.createObjectNode();
            check(params.isObject(), "params must be an object");
            String key = step.has("idempotency_key") ? step.get("idempotency_key").asText() : null;

            Object body = null;
            PaymentEngineException error = null;
            boolean replayed;
            io.paystate.wire.WireRequest wire = StripeRequests.parseWireOrMalformed(StripeRequests.operation(op), id,
                    (ObjectNode) params);
            RequestOptions options = RequestOptions.none().withIdempotencyKey(key);
            try {
                Response<?> response = engine.execute(wire.request(), options);
                body = response.body();
                replayed = response.replayed();
            } catch (PaymentEngineException e) {
                error = e;
                replayed = e.isReplayed();
            }
            if (op.equals("create")) {
                PaymentIntent created = body instanceof PaymentIntent pi ? pi
                        : error != null ? error.paymentIntent().orElse(null) : null;
                if (created != null) {
                    bind(label, created.id().value());
                }
            }
            if (body instanceof SearchResult result) {
                nextPage = result.nextPage();
            }
            if (step.has("error")) {
                check(error != null, "expected an error, got success: " + brief(body));
                JsonNode expected = substitute(step.get("error"), false);
                ObjectNode actual = StripeJson.error(error.details());
                actual.put("http_status", error.httpStatus());
                String diff = Matcher.subset(expected, actual, "error");
                check(diff == null, diff + " (error was " + error + ")");
            } else {
                check(error == null, "expected success, got " + error);
                if (step.has("expect")) {
                    JsonNode expected = substitute(step.get("expect"), false);
                    JsonNode actual = StripeJson.render(java.util.Objects.requireNonNull(body), wire.expand(),
                            new io.paystate.wire.RenderContext(engine, options, processor::findPaymentMethod));
                    if (expected.has("data_labels")) {
                        ObjectNode copy = ((ObjectNode) expected).deepCopy();
                        JsonNode wanted = copy.remove("data_labels");
                        ArrayNode got = json.createArrayNode();
                        actual.path("data").forEach(d -> got.add(labelOf(d.path("id").asText())));
                        check(wanted.equals(got), "data_labels: expected " + wanted + ", got " + got);
                        expected = copy;
                    }
                    String diff = Matcher.subset(expected, actual, "");
                    check(diff == null, diff);
                }
            }
            if (step.has("replayed")) {
                check(step.get("replayed").asBoolean() == replayed,
                        "replayed: expected " + step.get("replayed").asBoolean() + ", got " + replayed);
            }
            checkEvents(step, mark);
        }

        void bind(String label, String id) {
            String previous = labels.get(label);
            check(previous == null || previous.equals(id), "label '" + label + "' rebound from " + previous + " to " + id);
            labels.put(label, id);
        }

        String labelOf(String id) {
            for (Map.Entry<String, String> e : labels.entrySet()) {
                if (e.getValue().equals(id)) {
                    return e.getKey();
                }
            }
            return id;
        }

        void checkEvents(JsonNode step, int mark) {
            if (!step.has("events")) {
                return;
            }
            List<String> actual = new ArrayList<>();
            synchronized (events) {
                for (PaymentEvent e : events.subList(mark, events.size())) {
                    if (e.type().isPaymentIntentEvent()) {
                        actual.add(e.type().wireName());
                    }
                }
            }
            List<String> expected = new ArrayList<>();
            step.get("events").forEach(e -> expected.add(e.asText()));
            check(expected.equals(actual), "events: expected " + expected + ", got " + actual);
        }

        /** Replaces "@label" (and, in params, "$next_page") strings, recursively. */
        JsonNode substitute(JsonNode node, boolean inParams) {
            if (node.isTextual()) {
                String text = node.asText();
                if (text.startsWith("@") && text.length() > 1) {
                    String id = labels.get(text.substring(1));
                    check(id != null, "unbound label '" + text.substring(1) + "'");
                    return TextNode.valueOf(id);
                }
                if (inParams && text.equals("$next_page")) {
                    check(nextPage != null, "$next_page used, but no search returned a next_page");
                    return TextNode.valueOf(nextPage);
                }
                return node;
            }
            if (node.isObject()) {
                ObjectNode copy = json.createObjectNode();
                node.properties().forEach(e -> copy.set(e.getKey(), substitute(e.getValue(), inParams)));
                return copy;
            }
            if (node.isArray()) {
                ArrayNode copy = json.createArrayNode();
                node.forEach(e -> copy.add(substitute(e, inParams)));
                return copy;
            }
            return node;
        }
    }

    private static String brief(@Nullable Object body) {
        if (body instanceof PaymentIntent pi) {
            return pi.id() + " " + pi.status().wireName();
        }
        return String.valueOf(body);
    }
}
