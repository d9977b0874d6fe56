package io.paystate.testkit.jqwik;

import io.paystate.engine.CreateParams;
import io.paystate.model.ErrorCode;
import org.jspecify.annotations.Nullable;

/**
 * Create parameters that break one rule of spec A 11, with the error they must get.
 *
 * @param rule the rule, for reports
 * @param params the parameters
 * @param param the {@code param} the error names
 * @param code the error code, or null where Stripe sends none
 */
public record InvalidCreate(String rule, CreateParams params, String param, @Nullable ErrorCode code) {}
