package io.paystate.sim;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

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

    /** Throws {@link IllegalArgumentException} for impossible values. */
    public Scenario {
        if (intents < 1 || days < 1 || captureWithinHoursMax < 1) {
            throw new IllegalArgumentException("intents, days and captureWithinHoursMax must be positive");
        }
        for (double share : new double[] {goodCardShare, declineShare, threeDSecureShare, abandonShare, sepaShare,
                manualCaptureShare, partialCaptureShare, cancelShare, retryAfterDeclineShare, idempotentRetryShare}) {
            if (share < 0 || share > 1) {
                throw new IllegalArgumentException("shares must be within 0..1: " + share);
            }
        }
        if (goodCardShare + declineShare + threeDSecureShare + sepaShare > 1.0000001) {
            throw new IllegalArgumentException("the payment-method shares add up to more than 1");
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

    /** Reads a scenario from a properties file, over the defaults. */
    public static Scenario read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            p.load(reader);
        }
        Scenario d = defaults();
        return new Scenario(
                Integer.parseInt(p.getProperty("intents", Integer.toString(d.intents()))),
                Integer.parseInt(p.getProperty("days", Integer.toString(d.days()))),
                share(p, "goodCardShare", d.goodCardShare()), share(p, "declineShare", d.declineShare()),
                share(p, "threeDSecureShare", d.threeDSecureShare()), share(p, "abandonShare", d.abandonShare()),
                share(p, "sepaShare", d.sepaShare()), share(p, "manualCaptureShare", d.manualCaptureShare()),
                Integer.parseInt(p.getProperty("captureWithinHoursMax", Integer.toString(d.captureWithinHoursMax()))),
                share(p, "partialCaptureShare", d.partialCaptureShare()), share(p, "cancelShare", d.cancelShare()),
                share(p, "retryAfterDeclineShare", d.retryAfterDeclineShare()),
                share(p, "idempotentRetryShare", d.idempotentRetryShare()));
    }

    private static double share(Properties p, String key, double fallback) {
        return Double.parseDouble(p.getProperty(key, Double.toString(fallback)));
    }
}
