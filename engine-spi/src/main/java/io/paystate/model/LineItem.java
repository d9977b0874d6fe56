package io.paystate.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One line of {@code amount_details.line_items}: informational detail of what the amount pays for.
 *
 * @param id the line item's id, {@code uli_...}
 * @param productName the product's name, at most 1024 characters
 * @param unitCost the cost of one unit, minor units, not negative
 * @param quantity how many units, at least 1
 * @param productCode the merchant's product code, at most 12 characters
 * @param discountAmount the discount on this line, minor units
 * @param taxAmount the tax on this line, minor units
 */
public record LineItem(String id, String productName, long unitCost, long quantity, @Nullable String productCode,
        long discountAmount, long taxAmount) {
    /**
     * Throws {@link IllegalArgumentException} for negative amounts or a quantity below 1.
     *
     * @param id the line item's id, {@code uli_...}
     * @param productName the product's name, at most 1024 characters
     * @param unitCost the cost of one unit, minor units, not negative
     * @param quantity how many units, at least 1
     * @param productCode the merchant's product code, at most 12 characters
     * @param discountAmount the discount on this line, minor units
     * @param taxAmount the tax on this line, minor units
     */
    public LineItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(productName, "productName");
        if (unitCost < 0 || discountAmount < 0 || taxAmount < 0 || quantity < 1) {
            throw new IllegalArgumentException("invalid line item amounts");
        }
    }
}
