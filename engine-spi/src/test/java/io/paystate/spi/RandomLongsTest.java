package io.paystate.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

final class RandomLongsTest {
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
    void getAsLong_firstBlocks_readTheKeystreamPastEachNextKey() throws GeneralSecurityException {
        KeystreamLongs longs = new KeystreamLongs(seeded());
        byte[] key = new byte[KeystreamLongs.KEY_BYTES];
        seeded().nextBytes(key);
        // three blocks: each keyed by the first bytes of the one before, which are never handed out
        for (int b = 0; b < 3; b++) {
            byte[] block = keystream(key);
            ByteBuffer bytes = ByteBuffer.wrap(block, KeystreamLongs.KEY_BYTES, block.length - KeystreamLongs.KEY_BYTES);
            while (bytes.hasRemaining()) {
                assertThat(longs.getAsLong()).as("block %d at %d", b, bytes.position()).isEqualTo(bytes.getLong());
            }
            key = Arrays.copyOf(block, KeystreamLongs.KEY_BYTES);
        }
    }

    @Test
    void getAsLong_afterBlocksPerSeed_rekeysFromTheSeed() throws GeneralSecurityException {
        SecureRandom seed = seeded();
        KeystreamLongs longs = new KeystreamLongs(seed);
        int longsPerBlock = (KeystreamLongs.BLOCK - KeystreamLongs.KEY_BYTES) / Long.BYTES;
        for (long i = 0; i < (long) longsPerBlock * KeystreamLongs.BLOCKS_PER_SEED; i++) {
            longs.getAsLong();
        }
        // the seed's next bytes (after the first key) key the block that follows
        SecureRandom expectedSeed = seeded();
        expectedSeed.nextBytes(new byte[KeystreamLongs.KEY_BYTES]);
        byte[] key = new byte[KeystreamLongs.KEY_BYTES];
        expectedSeed.nextBytes(key);
        ByteBuffer next = ByteBuffer.wrap(keystream(key), KeystreamLongs.KEY_BYTES, Long.BYTES);
        assertThat(longs.getAsLong()).isEqualTo(next.getLong());
    }

    private static byte[] keystream(byte[] key) throws GeneralSecurityException {
        Cipher aes = Cipher.getInstance("AES/CTR/NoPadding");
        aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(new byte[16]));
        return aes.doFinal(new byte[KeystreamLongs.BLOCK]);
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
