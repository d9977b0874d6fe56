package io.paystate.model;

import org.jspecify.annotations.Nullable;

/**
 * A postal address.
 *
 * @param line1 street line 1
 * @param line2 street line 2
 * @param city city
 * @param state state or region
 * @param postalCode postal code
 * @param country two-letter country code
 */
public record Address(
        @Nullable String line1,
        @Nullable String line2,
        @Nullable String city,
        @Nullable String state,
        @Nullable String postalCode,
        @Nullable String country) {}
