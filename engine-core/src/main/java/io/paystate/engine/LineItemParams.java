package io.paystate.engine;

import org.jspecify.annotations.Nullable;

/**
 * One line of {@code amount_details[line_items]} as given with a create or update; the engine
 * validates it ({@code product_name}, {@code unit_cost} and {@code quantity} are required) and
 * assigns its id.
 *
 * @param productName the product's name, at most 1024 characters
 * @param unitCost the cost of one unit, minor units
 * @param quantity how many units, at least 1
 * @param productCode the merchant's product code, at most 12 characters
 * @param discountAmount the discount on this line, minor units
 * @param taxAmount the tax on this line ({@code tax[total_tax_amount]}), minor units
 */
public record LineItemParams(@Nullable String productName, @Nullable Long unitCost, @Nullable Long quantity,
        @Nullable String productCode, @Nullable Long discountAmount, @Nullable Long taxAmount) {
    /**
     * Returns a line of {@code quantity} units of {@code productName} at {@code unitCost}.
     *
     * @param productName the product's name, at most 1024 characters
     * @param unitCost the cost of one unit, minor units
     * @param quantity how many units, at least 1
     * @return a line of {@code quantity} units of {@code productName} at {@code unitCost}
     */
    public static LineItemParams of(String productName, long unitCost, long quantity) {
        return new LineItemParams(productName, unitCost, quantity, null, null, null);
    }
}
