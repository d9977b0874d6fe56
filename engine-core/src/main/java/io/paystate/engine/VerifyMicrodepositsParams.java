package io.paystate.engine;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The parameters of verifying the microdeposits of a US bank account
 * ({@code POST /v1/payment_intents/:id/verify_microdeposits}): exactly one of the two.
 *
 * @param amounts the two microdeposit amounts in cents, e.g. {@code [32, 45]} in test mode
 * @param descriptorCode the six-character code of the descriptor microdeposit, e.g. {@code SM11AA}
 */
public record VerifyMicrodepositsParams(@Nullable List<Long> amounts, @Nullable String descriptorCode) {
    /**
     * Copies the amounts.
     *
     * @param amounts the two microdeposit amounts in cents, e.g. {@code [32, 45]} in test mode
     * @param descriptorCode the six-character code of the descriptor microdeposit, e.g. {@code SM11AA}
     */
    public VerifyMicrodepositsParams {
        amounts = amounts == null ? null : List.copyOf(amounts);
    }

    /**
     * Returns parameters verifying with the two amounts.
     *
     * @param first the first
     * @param second the second
     * @return parameters verifying with the two amounts
     */
    public static VerifyMicrodepositsParams amounts(long first, long second) {
        return new VerifyMicrodepositsParams(List.of(first, second), null);
    }

    /**
     * Returns parameters verifying with the descriptor code.
     *
     * @param code the error code
     * @return parameters verifying with the descriptor code
     */
    public static VerifyMicrodepositsParams descriptorCode(String code) {
        return new VerifyMicrodepositsParams(null, code);
    }
}
