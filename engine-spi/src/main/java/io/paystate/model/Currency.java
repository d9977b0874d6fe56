package io.paystate.model;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A presentment currency Stripe supports, by its lowercase ISO 4217 code. Amounts are integers in the
 * currency's smallest unit; zero-decimal currencies ({@code jpy}, {@code krw}, ...) are never
 * multiplied by 100.
 *
 * <p>Instances are interned: {@code Currency.of("usd") == Currency.of("usd")}.
 */
public final class Currency implements Comparable<Currency> {
    /** Largest amount any currency accepts, in minor units (8 digits, spec B 5.1). */
    public static final long MAXIMUM_AMOUNT = 99_999_999L;

    private static final Set<String> ZERO_DECIMAL = Set.of(
            "bif", "clp", "djf", "gnf", "jpy", "kmf", "krw", "mga", "pyg", "rwf", "ugx", "vnd", "vuv",
            "xaf", "xof", "xpf");

    private static final Set<String> THREE_DECIMAL = Set.of("bhd", "jod", "kwd", "omr", "tnd");

    // Minimum charge amounts per presentment currency (spec B 5.1); currencies not listed take the
    // equivalent of 50 US cents, which for lack of exchange rates we approximate by 50 minor units.
    private static final Map<String, Long> MINIMUMS = Map.ofEntries(
            Map.entry("usd", 50L), Map.entry("eur", 50L), Map.entry("gbp", 30L), Map.entry("aed", 200L),
            Map.entry("aud", 50L), Map.entry("bgn", 100L), Map.entry("brl", 50L), Map.entry("cad", 50L),
            Map.entry("chf", 50L), Map.entry("czk", 1500L), Map.entry("dkk", 250L), Map.entry("hkd", 400L),
            Map.entry("huf", 17500L), Map.entry("inr", 50L), Map.entry("jpy", 50L), Map.entry("mxn", 1000L),
            Map.entry("myr", 200L), Map.entry("nok", 300L), Map.entry("nzd", 50L), Map.entry("pln", 200L),
            Map.entry("ron", 200L), Map.entry("sek", 300L), Map.entry("sgd", 50L), Map.entry("thb", 1000L));

    private static final String SUPPORTED = "usd aed afn all amd ang aoa ars aud awg azn bam bbd bdt bgn bhd bif"
            + " bmd bnd bob brl bsd bwp byn bzd cad cdf chf clp cny cop crc cve czk djf dkk dop dzd egp etb eur"
            + " fjd fkp gbp gel gip gmd gnf gtq gyd hkd hnl htg huf idr ils inr isk jmd jod jpy kes kgs khr kmf"
            + " krw kwd kyd kzt lak lbp lkr lrd lsl mad mdl mga mkd mmk mnt mop mur mvr mwk mxn myr mzn nad ngn"
            + " nio nok npr nzd omr pab pen pgk php pkr pln pyg qar ron rsd rub rwf sar sbd scr sek sgd shp sle"
            + " sos srd std szl thb tjs tnd top try ttd twd tzs uah ugx uyu uzs vnd vuv wst xaf xcd xof xpf yer"
            + " zar zmw";

    private static final Map<String, Currency> ALL;

    static {
        Map<String, Currency> all = new TreeMap<>();
        for (String code : SUPPORTED.split(" ", -1)) {
            int decimals = ZERO_DECIMAL.contains(code) ? 0 : THREE_DECIMAL.contains(code) ? 3 : 2;
            all.put(code, new Currency(code, decimals, MINIMUMS.getOrDefault(code, 50L)));
        }
        ALL = Map.copyOf(all);
    }

    private final String code;
    private final int decimals;
    private final long minimumAmount;

    private Currency(String code, int decimals, long minimumAmount) {
        this.code = code;
        this.decimals = decimals;
        this.minimumAmount = minimumAmount;
    }

    /**
     * Returns the currency for a lowercase ISO code.
     *
     * @param code the error code
     * @return the currency for a lowercase ISO code.  @throws IllegalArgumentException if the code is not a supported, lowercase currency code
     * @throws IllegalArgumentException if the code is not a supported, lowercase currency code
     */
    public static Currency of(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("Invalid currency: " + code));
    }

    /**
     * Returns the currency for a lowercase ISO code, or empty when it is not supported.
     *
     * @param code the error code
     * @return the currency for a lowercase ISO code, or empty when it is not supported
     */
    public static Optional<Currency> find(String code) {
        Objects.requireNonNull(code, "code");
        return Optional.ofNullable(ALL.get(code));
    }

    /**
     * Returns every supported currency, ordered by code.
     *
     * @return every supported currency, ordered by code
     */
    public static Set<Currency> supported() {
        return Set.copyOf(ALL.values());
    }

    /**
     * Returns the lowercase ISO code, e.g. {@code usd}.
     *
     * @return the lowercase ISO code, e.g. {@code usd}
     */
    public String code() {
        return code;
    }

    /**
     * Returns the number of decimal digits of the minor unit (0 for {@code jpy}, 2 for {@code usd}).
     *
     * @return the number of decimal digits of the minor unit (0 for {@code jpy}, 2 for {@code usd})
     */
    public int decimals() {
        return decimals;
    }

    /**
     * Returns the smallest amount an intent in this currency may have, in minor units.
     *
     * @return the smallest amount an intent in this currency may have, in minor units
     */
    public long minimumAmount() {
        return minimumAmount;
    }

    @Override
    public int compareTo(Currency other) {
        return code.compareTo(other.code);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Currency c && c.code.equals(code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }
}
