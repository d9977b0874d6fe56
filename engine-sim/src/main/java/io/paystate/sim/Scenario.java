package io.paystate.sim;

import java.nio.file.Path;

/**
 * What a simulation runs: how many intents arrive over how many virtual days, and the mix of their
 * lifecycles. Shares are probabilities in 0..1. Read from a properties file ({@code --scenario});
 * keys not given keep the defaults.
 *
 * @param intents how many intents arrive
 * @param days over how many virtual days they arrive (evenly)
 * @param goodCardShare share paying with a card that succeeds
 * @param declineShare share paying with a card that declines
 * @param threeDSecureShare share paying with a card that needs 3-D Secure
 * @param abandonShare of those, the share whose customer abandons the challenge
 * @param sepaShare share paying with an asynchronous SEPA debit (the rest of the mix)
 * @param manualCaptureShare share of card payments held for a later capture
 * @param captureWithinHoursMax hosts capture a hold after 1 hour to this many hours (beyond 168, holds expire)
 * @param partialCaptureShare of captures, the share that captures only part
 * @param cancelShare of holds, the share canceled instead of captured
 * @param retryAfterDeclineShare of declines, the share retried with a good card
 * @param idempotentRetryShare share of creates sent twice with the same idempotency key
 */
public record Scenario(
        int intents,
        int days,
        double goodCardShare,
        double declineShare,
        double threeDSecureShare,
        double abandonShare,
        double sepaShare,
        double manualCaptureShare,
        int captureWithinHoursMax,
        double partialCaptureShare,
        double cancelShare,
        double retryAfterDeclineShare,
        double idempotentRetryShare) {

    /** Throws {@link IllegalArgumentException} naming the first impossible value. */
    public Scenario {
        positive("intents", intents);
        positive("days", days);
        positive("captureWithinHoursMax", captureWithinHoursMax);
        share("goodCardShare", goodCardShare);
        share("declineShare", declineShare);
        share("threeDSecureShare", threeDSecureShare);
        share("abandonShare", abandonShare);
        share("sepaShare", sepaShare);
        share("manualCaptureShare", manualCaptureShare);
        share("partialCaptureShare", partialCaptureShare);
        share("cancelShare", cancelShare);
        share("retryAfterDeclineShare", retryAfterDeclineShare);
        share("idempotentRetryShare", idempotentRetryShare);
        double mix = goodCardShare + declineShare + threeDSecureShare + sepaShare;
        // a little slack, so that shares written as decimals (0.7 + 0.12 + 0.1 + 0.08) still add up
        if (mix > 1.0000001) {
            throw new IllegalArgumentException("goodCardShare + declineShare + threeDSecureShare + sepaShare add up to "
                    + mix + ", more than 1");
        }
    }

    private static void positive(String key, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(key + " must be at least 1, got " + value);
        }
    }

    private static void share(String key, double value) {
        // written so that NaN fails too
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(key + " must be within 0..1, got " + value);
        }
    }

    /** The built-in default: 1,000,000 intents over 30 days. */
    public static Scenario defaults() {
        return new Scenario(1_000_000, 30, 0.70, 0.12, 0.10, 0.3, 0.08, 0.35, 216, 0.2, 0.1, 0.5, 0.05);
    }

    /** Returns a copy with another number of intents and days. */
    public Scenario withSize(int newIntents, int newDays) {
        return new Scenario(newIntents, newDays, goodCardShare, declineShare, threeDSecureShare, abandonShare,
                sepaShare, manualCaptureShare, captureWithinHoursMax, partialCaptureShare, cancelShare,
                retryAfterDeclineShare, idempotentRetryShare);
    }

    /**
     * Reads a scenario from a properties file, over the defaults.
     *
     * @throws ScenarioException naming the file and the key for an unreadable file, an unknown key or a bad value
     */
    public static Scenario read(Path file) {
        return ScenarioFile.read(file);
    }
}
