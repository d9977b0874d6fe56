package io.paystate.http;

import io.paystate.model.AccountId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The API keys a server accepts, each mapped to the account it acts for. Secret keys
 * ({@code sk_test_...}) reach every endpoint; publishable keys ({@code pk_test_...}) only the
 * client-secret endpoints (retrieving and confirming an intent with its {@code client_secret}).
 * Only test-mode keys exist: PayState has no live mode.
 *
 * <p>With {@link #withAnyTestKey()}, every well-formed test key is accepted and acts for an account
 * of its own, derived from the part after {@code sk_test_} or {@code pk_test_}: {@code sk_test_abc}
 * and {@code pk_test_abc} share one account, {@code sk_test_xyz} has another. A test suite can so
 * isolate its runs on one server without configuring keys.
 *
 * <p>Thread safety: immutable.
 *
 * @param secretKeys secret keys to their accounts; the first is the default key
 * @param publishableKeys publishable keys to their accounts
 * @param anyTestKey whether any well-formed test key is accepted, each with an account of its own
 */
public record ApiKeys(Map<String, AccountId> secretKeys, Map<String, AccountId> publishableKeys, boolean anyTestKey) {
    /** The secret key of {@link #defaults()}, acting for {@link AccountId#DEFAULT}. */
    public static final String DEFAULT_SECRET_KEY = "sk_test_paystate";
    /** The publishable key of {@link #defaults()}, acting for {@link AccountId#DEFAULT}. */
    public static final String DEFAULT_PUBLISHABLE_KEY = "pk_test_paystate";

    private static final Pattern SECRET = Pattern.compile("sk_test_[A-Za-z0-9_]{1,200}");
    private static final Pattern PUBLISHABLE = Pattern.compile("pk_test_[A-Za-z0-9_]{1,200}");

    /**
     * Copies the maps, keeping their order, and checks every key's form.
     *
     * @param secretKeys secret keys to their accounts; at least one unless {@code anyTestKey}
     * @param publishableKeys publishable keys to their accounts
     * @param anyTestKey whether any well-formed test key is accepted
     * @throws IllegalArgumentException for a key that is not {@code sk_test_...} or {@code pk_test_...}
     *     (letters, digits and underscores), or no secret key at all without {@code anyTestKey}
     */
    public ApiKeys {
        Objects.requireNonNull(secretKeys, "secretKeys");
        Objects.requireNonNull(publishableKeys, "publishableKeys");
        secretKeys.forEach((k, v) -> check(k, v, SECRET, "secret"));
        publishableKeys.forEach((k, v) -> check(k, v, PUBLISHABLE, "publishable"));
        if (secretKeys.isEmpty() && !anyTestKey) {
            throw new IllegalArgumentException("at least one secret key is needed");
        }
        secretKeys = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(secretKeys));
        publishableKeys = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(publishableKeys));
    }

    private static void check(String key, AccountId account, Pattern form, String kind) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(account, "account");
        if (!form.matcher(key).matches()) {
            throw new IllegalArgumentException("not a test-mode " + kind + " key: " + mask(key));
        }
    }

    /**
     * Returns the default keys: {@value #DEFAULT_SECRET_KEY} and {@value #DEFAULT_PUBLISHABLE_KEY},
     * both for {@link AccountId#DEFAULT}.
     *
     * @return the default keys
     */
    public static ApiKeys defaults() {
        return new ApiKeys(Map.of(DEFAULT_SECRET_KEY, AccountId.DEFAULT), Map.of(DEFAULT_PUBLISHABLE_KEY,
                AccountId.DEFAULT), false);
    }

    /**
     * Returns a copy that also accepts this secret key, for this account.
     *
     * @param key a key {@code sk_test_...}
     * @param account the account it acts for
     * @return the new keys
     * @throws IllegalArgumentException for a malformed key
     */
    public ApiKeys withSecretKey(String key, AccountId account) {
        Map<String, AccountId> copy = new LinkedHashMap<>(secretKeys);
        copy.put(key, account);
        return new ApiKeys(copy, publishableKeys, anyTestKey);
    }

    /**
     * Returns a copy that also accepts this publishable key, for this account.
     *
     * @param key a key {@code pk_test_...}
     * @param account the account it acts for
     * @return the new keys
     * @throws IllegalArgumentException for a malformed key
     */
    public ApiKeys withPublishableKey(String key, AccountId account) {
        Map<String, AccountId> copy = new LinkedHashMap<>(publishableKeys);
        copy.put(key, account);
        return new ApiKeys(secretKeys, copy, anyTestKey);
    }

    /**
     * Returns a copy that accepts any well-formed test key, each pair {@code sk_test_X} /
     * {@code pk_test_X} with an account of its own (the configured keys keep their accounts).
     *
     * @return the new keys
     */
    public ApiKeys withAnyTestKey() {
        return new ApiKeys(secretKeys, publishableKeys, true);
    }

    /**
     * Returns the key to show a user: the first secret key, or {@value #DEFAULT_SECRET_KEY} when only
     * {@link #anyTestKey()} keys exist.
     *
     * @return the default secret key
     */
    public String defaultSecretKey() {
        return secretKeys.isEmpty() ? DEFAULT_SECRET_KEY : secretKeys.keySet().iterator().next();
    }

    /**
     * Returns the account a key acts for, and whether it is publishable; empty for a key not accepted.
     *
     * @param key the key as sent
     * @return the account and kind, or empty
     */
    public Optional<KeyGrant> resolve(String key) {
        AccountId account = secretKeys.get(key);
        if (account != null) {
            return Optional.of(new KeyGrant(account, false));
        }
        account = publishableKeys.get(key);
        if (account != null) {
            return Optional.of(new KeyGrant(account, true));
        }
        if (anyTestKey && (SECRET.matcher(key).matches() || PUBLISHABLE.matcher(key).matches())) {
            return Optional.of(new KeyGrant(derived(key.substring("sk_test_".length())), key.startsWith("pk_")));
        }
        return Optional.empty();
    }

    /** An account of its own per suffix: a hash, so that no suffix can name an account configured by id. */
    private static AccountId derived(String suffix) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(suffix.getBytes(StandardCharsets.UTF_8));
            return AccountId.of("acct_" + HexFormat.of().formatHex(digest, 0, 8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    /**
     * Returns a key as Stripe shows it in errors: the prefix and the last four characters.
     *
     * @param key the key
     * @return the masked key, such as {@code sk_test_****abcd}
     */
    public static String mask(String key) {
        if (key.length() <= 12) {
            return "****";
        }
        int prefix = key.startsWith("sk_test_") || key.startsWith("pk_test_") ? 8 : 3;
        return key.substring(0, prefix) + "****" + key.substring(key.length() - 4);
    }

    /** Hides the keys. */
    @Override
    public String toString() {
        return "ApiKeys[" + secretKeys.size() + " secret, " + publishableKeys.size() + " publishable"
                + (anyTestKey ? ", any test key" : "") + "]";
    }

    /**
     * What an accepted key grants.
     *
     * @param account the account the request acts for
     * @param publishable whether the key is publishable (client-secret endpoints only)
     */
    public record KeyGrant(AccountId account, boolean publishable) {
        /**
         * Throws {@link NullPointerException} if the account is null.
         *
         * @param account the account the request acts for
         * @param publishable whether the key is publishable
         */
        public KeyGrant {
            Objects.requireNonNull(account, "account");
        }
    }
}
