package io.paystate.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paystate.engine.CreateParams;
import io.paystate.engine.EventList;
import io.paystate.engine.EventListParams;
import io.paystate.engine.ListParams;
import io.paystate.engine.Operation;
import io.paystate.engine.PaymentEngine;
import io.paystate.engine.PaymentEngineException;
import io.paystate.engine.PaymentIntentList;
import io.paystate.engine.Request;
import io.paystate.engine.RequestOptions;
import io.paystate.model.CaptureMethod;
import io.paystate.model.ErrorType;
import io.paystate.model.PaymentIntent;
import io.paystate.spi.IdGenerator;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Random and hostile parameters on every endpoint (wrong types, huge strings, unicode and control
 * characters, overflowing numbers, deep nesting, unknown keys, indexed lists): a request the wire
 * layer refuses is a typed 400 naming its {@code param}, changes nothing (same list, no event), and
 * leaves its idempotency key free for a valid retry; no request ever gives a 500 or an untyped
 * exception.
 */
final class HostileInputProperties {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final AtomicInteger REQUESTS = new AtomicInteger();
    private static final Map<String, AtomicInteger> OUTCOMES = new ConcurrentHashMap<>();

    @Property(tries = 400)
    void anyParameters_onAnyEndpoint_areTypedAndRejectionsChangeNothing(@ForAll Operation operation,
            @ForAll long seed) {
        PaymentEngine engine = PaymentEngine.builder().idGenerator(IdGenerator.seeded(seed)).build();
        PaymentIntent held = engine.create(CreateParams.builder(2000, "usd").paymentMethod("pm_card_visa")
                .captureMethod(CaptureMethod.MANUAL).confirm(true).build());
        ObjectNode params = hostile(new Random(seed), operation);
        PaymentIntentList before = engine.list(ListParams.firstPage());
        EventList eventsBefore = engine.listEvents(EventListParams.firstPage());
        String key = "key-" + seed;
        RequestOptions options = RequestOptions.none().withIdempotencyKey(operation.mutating() ? key : null);
        REQUESTS.incrementAndGet();

        WireRequest wire = StripeRequests.parseWireOrMalformed(operation, operation.onIntent() ? held.id() : null,
                params);
        String outcome;
        try {
            Object body = engine.execute(wire.request(), options).body();
            StripeJson.render(body, wire.expand(), engine, options);
            outcome = "accepted";
        } catch (PaymentEngineException e) {
            assertThat(e.httpStatus()).as(e.getMessage()).isNotEqualTo(500);
            assertThat(e.type()).isNotEqualTo(ErrorType.API_ERROR);
            outcome = e.httpStatus() + " " + e.code().map(c -> c.wireName()).orElse("(no code)");
            if (wire.request() instanceof Request.Malformed) {
                assertThat(e.httpStatus()).isEqualTo(400);
                assertThat(e.param()).as("the param of: " + e.getMessage()).isPresent();
                outcome = "refused by the wire: " + e.code().map(c -> c.wireName()).orElse("(no code)");
            }
            if (e.httpStatus() == 400) {
                assertThat(engine.list(ListParams.firstPage())).isEqualTo(before);
                assertThat(engine.listEvents(EventListParams.firstPage())).isEqualTo(eventsBefore);
            }
            if (wire.request() instanceof Request.Malformed && operation.mutating()) {
                // the refused request was not remembered: a valid one with the same key runs
                try {
                    engine.execute(StripeRequests.parse(operation, operation.onIntent() ? held.id() : null,
                            valid(operation)), options);
                } catch (PaymentEngineException retry) {
                    assertThat(retry.type()).as(retry.getMessage()).isNotEqualTo(ErrorType.IDEMPOTENCY_ERROR);
                }
            }
        }
        OUTCOMES.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
        Statistics.label("outcome").collect(outcome.startsWith("refused") ? "refused by the wire" : outcome);
    }

    @AfterContainer
    static void printCounts() {
        System.out.println("HostileInputProperties: " + REQUESTS.get() + " requests; outcomes "
                + new TreeMap<>(Map.copyOf(OUTCOMES.entrySet().stream().collect(
                        java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get())))));
    }

    private static ObjectNode valid(Operation op) {
        ObjectNode o = F.objectNode();
        switch (op) {
            case CREATE -> o.put("amount", 1000).put("currency", "usd");
            case UPDATE -> o.put("description", "valid");
            case INCREMENT_AUTHORIZATION -> o.put("amount", 5000);
            case COMPLETE_ACTION -> o.put("outcome", "success");
            case VERIFY_MICRODEPOSITS -> o.putArray("amounts").add(32).add(45);
            default -> { }
        }
        return o;
    }

    /** Some keys of the table (and unknown ones), each with a random, often hostile, value. */
    static ObjectNode hostile(Random r, Operation op) {
        List<Shape.Field> fields = ParameterTable.of(op).fields();
        ObjectNode o = F.objectNode();
        int count = r.nextInt(4);
        for (int i = 0; i < count; i++) {
            String key = r.nextInt(5) == 0 ? junkString(r, 1 + r.nextInt(30))
                    : fields.get(r.nextInt(fields.size())).name();
            o.set(key, value(r, r.nextInt(3), fields));
        }
        if (r.nextInt(10) == 0) {
            o.set("metadata", deep(r, 13 + r.nextInt(1000)));
        }
        return o;
    }

    private static JsonNode value(Random r, int depth, List<Shape.Field> fields) {
        return switch (r.nextInt(depth > 0 ? 16 : 13)) {
            case 0 -> F.textNode(junkString(r, r.nextInt(40)));
            case 1 -> F.textNode("a".repeat(4990 + r.nextInt(20)) + junkString(r, 3));
            case 2 -> F.textNode("ok\u0000" + junkString(r, 5));
            case 3 -> F.numberNode(r.nextLong());
            case 4 -> F.numberNode(new BigInteger("9".repeat(19 + r.nextInt(10))));
            case 5 -> F.textNode("9".repeat(19 + r.nextInt(10)));
            case 6 -> F.numberNode(r.nextDouble() * 1e6);
            case 7 -> F.booleanNode(r.nextBoolean());
            case 8 -> F.nullNode();
            case 9 -> F.textNode("");
            case 10 -> F.textNode(List.of("card", "usd", "manual", "true", "pm_card_visa", "https://x.test/r",
                    "latest_charge", "1000", "cus_123", "   ", "javascript:alert(1)").get(r.nextInt(11)));
            case 11 -> F.numberNode(r.nextInt(200_000) - 1000);
            case 12 -> deep(r, 13 + r.nextInt(1000));
            case 13 -> {
                ObjectNode nested = F.objectNode();
                int n = 1 + r.nextInt(3);
                for (int i = 0; i < n; i++) {
                    String key = r.nextBoolean() ? fields.get(r.nextInt(fields.size())).name()
                            : r.nextBoolean() ? "card" : junkString(r, 8);
                    nested.set(key, value(r, depth - 1, fields));
                }
                yield nested;
            }
            case 14 -> {
                ArrayNode array = F.arrayNode();
                int n = r.nextInt(3) == 0 ? 101 + r.nextInt(5) : 1 + r.nextInt(3);
                for (int i = 0; i < n; i++) {
                    array.add(value(r, depth - 1, fields));
                }
                yield array;
            }
            default -> {
                ObjectNode indexed = F.objectNode();
                int n = 1 + r.nextInt(3);
                for (int i = 0; i < n; i++) {
                    indexed.set(Integer.toString(r.nextInt(4) == 0 ? i + 1 : i), value(r, depth - 1, fields));
                }
                yield indexed;
            }
        };
    }

    /** A chain nested {@code levels} deep, built without recursion. */
    static JsonNode deep(Random r, int levels) {
        ObjectNode root = F.objectNode();
        ObjectNode at = root;
        for (int i = 0; i < levels; i++) {
            at = at.putObject(r.nextBoolean() ? "card" : "a");
        }
        at.put("x", "y");
        return root;
    }

    private static String junkString(Random r, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            switch (r.nextInt(6)) {
                case 0 -> b.append((char) r.nextInt(0x20));
                case 1 -> b.appendCodePoint(0x1F600 + r.nextInt(50));
                case 2 -> b.append((char) (0xD800 + r.nextInt(0x400)));
                case 3 -> b.append("[]\"\\'<>%".charAt(r.nextInt(8)));
                case 4 -> b.append((char) (0x4E00 + r.nextInt(100)));
                default -> b.append((char) ('a' + r.nextInt(26)));
            }
        }
        return b.toString();
    }
}
