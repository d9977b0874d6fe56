package io.paystate.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class SpiTest {
    @Test
    void seededIdGenerator_sameSeed_sameIds() {
        IdGenerator a = IdGenerator.seeded(42);
        IdGenerator b = IdGenerator.seeded(42);
        for (IdKind kind : IdKind.values()) {
            assertThat(a.next(kind)).isEqualTo(b.next(kind)).startsWith(kind.prefix())
                    .hasSize(kind.prefix().length() + kind.randomLength());
        }
    }

    @Test
    void randomIdGenerator_manyIds_areDistinct() {
        IdGenerator ids = IdGenerator.random();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertThat(seen.add(ids.next(IdKind.PAYMENT_INTENT))).isTrue();
        }
    }

    @Test
    void paymentMethodData_toString_hidesTheCardNumber() {
        PaymentMethodData data = new PaymentMethodData("card", Map.of("number", "4242424242424242", "cvc", "123"));
        assertThat(data.toString()).doesNotContain("4242424242424242").doesNotContain("123");
    }

    @Test
    void ids_useEveryBase62CharacterRoughlyEvenly() {
        IdGenerator ids = IdGenerator.seeded(3);
        int[] counts = new int[128];
        int total = 0;
        for (int i = 0; i < 20_000; i++) {
            String id = ids.next(IdKind.CHARGE).substring(3);
            for (char c : id.toCharArray()) {
                counts[c]++;
                total++;
            }
        }
        double expected = total / 62.0;
        for (char c : "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray()) {
            assertThat((double) counts[c]).as("count of " + c).isBetween(expected * 0.95, expected * 1.05);
        }
    }
}
