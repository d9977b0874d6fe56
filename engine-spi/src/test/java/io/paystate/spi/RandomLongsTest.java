package io.paystate.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

final class BufferedRandomLongsTest {
    private static SecureRandom seeded() throws NoSuchAlgorithmException {
        // SHA1PRNG seeded before its first use is deterministic: the same bytes for the same seed
        SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
        random.setSeed(42);
        return random;
    }

    @Test
    void getAsLong_acrossRefills_readsTheGeneratorsBytesInOrder() throws NoSuchAlgorithmException {
        BufferedRandomLongs longs = new BufferedRandomLongs(seeded());
        byte[] expected = new byte[100 * Long.BYTES];
        seeded().nextBytes(expected);
        ByteBuffer bytes = ByteBuffer.wrap(expected);
        for (int i = 0; i < 100; i++) {
            assertThat(longs.getAsLong()).as("long %d", i).isEqualTo(bytes.getLong());
        }
    }

    @Test
    void create_onThisMachine_givesAPowerOfTwoOfDistinctDrbgGenerators() {
        SecureRandom[] stripes = RandomStripes.create();
        assertThat(Integer.bitCount(stripes.length)).isEqualTo(1);
        assertThat(stripes.length).isBetween(4, 64);
        assertThat(stripes).allSatisfy(r -> assertThat(r.getAlgorithm()).isEqualTo("DRBG"));
        assertThat(Set.of(stripes)).hasSize(stripes.length);
    }

    @Test
    void randomIdGenerator_twoThreads_drawDistinctIds() throws InterruptedException {
        IdGenerator ids = IdGenerator.random();
        Set<String> seen = ConcurrentHashMap.newKeySet();
        List<Thread> threads = List.of(new Thread(() -> draw(ids, seen)), new Thread(() -> draw(ids, seen)));
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        assertThat(seen).hasSize(20_000);
    }

    private static void draw(IdGenerator ids, Set<String> seen) {
        Set<String> mine = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            mine.add(ids.next(IdKind.CHARGE));
        }
        seen.addAll(mine);
    }
}
