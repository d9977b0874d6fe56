package io.paystate.sim;

import io.paystate.model.Currency;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * How numbers read, the same on the console and in the HTML report: thousands separators, money
 * in a currency's major units with its own number of decimals, shares as percentages.
 * {@link Locale#ROOT} keeps the output identical on every machine.
 */
final class Figures {
    private Figures() {}

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** {@code part} as a percentage of {@code whole}; a dash when there is no whole to share. */
    static String percent(long part, long whole) {
        return whole == 0 ? "–" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }

    /** An amount in major units without the currency, for columns headed by it. */
    static String amount(long minor, Currency currency) {
        return String.format(Locale.ROOT, "%,." + currency.decimals() + "f", BigDecimal.valueOf(minor, currency.decimals()));
    }

    /** An amount with its unit, for running text: {@code 1,234.56 USD}. */
    static String money(long minor, Currency currency) {
        return amount(minor, currency) + " " + unit(currency);
    }

    static String unit(Currency currency) {
        return currency.code().toUpperCase(Locale.ROOT);
    }

    static String hours(double hours) {
        return String.format(Locale.ROOT, "%,.1f h", hours);
    }

    /** Virtual day {@code index} (0-based, as the time series count) as people count it: day 1 first. */
    static String day(long index) {
        return "day " + (index + 1);
    }

    static String seconds(long millis) {
        return String.format(Locale.ROOT, "%,.2f s", millis / 1000.0);
    }

    /** How many per second of wall time; a run shorter than a millisecond counts as one. */
    static String rate(long n, long millis) {
        return String.format(Locale.ROOT, "%,.0f", n / (Math.max(1, millis) / 1000.0));
    }

    static String mebibytes(long bytes) {
        return String.format(Locale.ROOT, "%,d MiB", bytes / (1024 * 1024));
    }
}
