package io.paystate.wire.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Set;

/** The keys and verbs a scenario step may have, checked the same way in process and over HTTP. */
final class StepShape {
    static final Set<String> STEP_KEYS =
            Set.of("do", "intent", "params", "idempotency_key", "expect", "error", "events", "replayed", "id");
    /** The keys only a generic {@code request} step takes. */
    static final Set<String> REQUEST_KEYS = Set.of("method", "path", "headers", "status", "expect_headers",
            "bind");
    static final Set<String> DOS = Set.of("create", "retrieve", "update", "confirm", "capture", "cancel",
            "increment_authorization", "complete_action", "advance_clock", "list", "search", "request");

    private StepShape() {}

    /** Checks a step's shape, whichever way it runs; returns its {@code do}. */
    static String check(JsonNode step) {
        ConformanceRunner.check(step.isObject(), "the step is not an object");
        String op = step.path("do").asText("");
        Iterator<String> names = step.fieldNames();
        while (names.hasNext()) {
            String key = names.next();
            ConformanceRunner.check(STEP_KEYS.contains(key) || (op.equals("request") && REQUEST_KEYS.contains(key)),
                    "unknown key '" + key + "' in step");
        }
        ConformanceRunner.check(DOS.contains(op), "unknown do '" + op + "'");
        ConformanceRunner.check(!(step.has("intent") && step.has("id")), "a step cannot give both intent and id");
        ConformanceRunner.check(!(step.has("expect") && step.has("error")), "a step cannot have both expect and error");
        ConformanceRunner.check(!op.equals("request") || !step.has("error"), "a request step states status and expect, not error");
        return op;
    }
}
