package io.paystate.spi;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.function.LongSupplier;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Longs from the keystream of AES-256 in counter mode, with fast key erasure: each block of keystream
 * begins with the key of the next block, which is never handed out, and the cipher takes it at once;
 * every {@value #BLOCKS_PER_SEED} blocks the key is drawn from the {@link SecureRandom} again.
 *
 * <p>Why not the {@code SecureRandom} itself: the JDK's {@code DRBG} hashes about 5 ns per byte, a tenth
 * of a card lifecycle's time for its eight ids, where AES in counter mode (an intrinsic on CPUs with
 * AES instructions) produces a byte in about 0.1 ns. The construction is NIST's CTR_DRBG reduced to
 * what ids need (AES-256 keystream, the key replaced after every request): an earlier key cannot be
 * recovered from a later state, and every key is unrelated to what was handed out.
 *
 * <p>Thread safety: none; one per thread.
 */
final class KeystreamLongs implements LongSupplier {
    static final int BLOCK = 4096;
    static final int KEY_BYTES = 32;
    static final int BLOCKS_PER_SEED = 1024;
    private static final IvParameterSpec ZERO_COUNTER = new IvParameterSpec(new byte[16]);
    // eight bytes read as one long, in the order the bytes came
    private static final VarHandle BIG_ENDIAN_LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private final SecureRandom seed;
    private final Cipher cipher;
    private final byte[] zeros = new byte[BLOCK];
    private final byte[] block = new byte[BLOCK];
    private final byte[] reseed = new byte[KEY_BYTES];
    private int next = BLOCK;
    private int blocksSinceSeed;

    /**
     * Creates longs keyed from {@code seed}.
     *
     * @throws GeneralSecurityException if the platform has no AES in counter mode
     */
    KeystreamLongs(SecureRandom seed) throws GeneralSecurityException {
        this.seed = seed;
        this.cipher = Cipher.getInstance("AES/CTR/NoPadding");
        rekeyFromSeed();
    }

    @Override
    public long getAsLong() {
        if (next == BLOCK) {
            refill();
        }
        long value = (long) BIG_ENDIAN_LONGS.get(block, next);
        next += Long.BYTES;
        return value;
    }

    private void refill() {
        try {
            cipher.doFinal(zeros, 0, BLOCK, block, 0);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/CTR failed on a full block", e);
        }
        if (++blocksSinceSeed == BLOCKS_PER_SEED) {
            // fresh platform entropy now and then; the block's own key bytes are dropped unused
            rekeyFromSeed();
            blocksSinceSeed = 0;
        } else {
            rekey(block);
        }
        Arrays.fill(block, 0, KEY_BYTES, (byte) 0);
        next = KEY_BYTES;
    }

    private void rekeyFromSeed() {
        seed.nextBytes(reseed);
        rekey(reseed);
        Arrays.fill(reseed, (byte) 0);
    }

    /** Keys the cipher with the first {@value #KEY_BYTES} bytes of {@code key}, its counter at zero. */
    private void rekey(byte[] key) {
        try {
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, 0, KEY_BYTES, "AES"), ZERO_COUNTER);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256 key refused", e);
        }
    }
}
