package io.paystate.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystate.engine.CreateParams;
import io.paystate.engine.Request;
import io.paystate.model.PaymentIntentId;
import io.paystate.spi.PaymentMethodData;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Fingerprints are kept by idempotency stores that outlive a release (PostgreSQL): the canonical
 * encoding must give the same digests from one version to the next, whatever its implementation.
 */
final class FingerprintsTest {
    // computed with the implementation before this one: earlier versions stored these
    private static final String CREATE_DIGEST = "8346cbc48ae4264637c09535493a7c69de80470c8b075c0527046074614be063";
    private static final String RETRIEVE_DIGEST = "0bc484a571ea16bf3f8458fb4f30305ab3ea7395a8afaf4b08478a77b0cf4ac4";

    @Test
    void of_createWithNestedRecordsMapsAndQuotes_givesTheEarlierVersionsDigest() {
        assertThat(Fingerprints.of(new Request.Create(create())).parameters()).isEqualTo(CREATE_DIGEST);
    }

    @Test
    void of_retrieve_givesTheEarlierVersionsDigestWithItsOperationAndIntent() {
        var fingerprint = Fingerprints.of(new Request.Retrieve(new PaymentIntentId("pi_123")));

        assertThat(fingerprint.parameters()).isEqualTo(RETRIEVE_DIGEST);
        assertThat(fingerprint.operation()).isEqualTo("retrieve");
        assertThat(fingerprint.intentId()).isEqualTo("pi_123");
    }

    @Test
    void of_theSameRequestTypeAgain_givesTheSameDigest() {
        // the second call reads the record type's components from what the first one kept
        String first = Fingerprints.of(new Request.Create(create())).parameters();
        String second = Fingerprints.of(new Request.Create(create())).parameters();

        assertThat(second).isEqualTo(first).isEqualTo(CREATE_DIGEST);
    }

    private static CreateParams create() {
        return CreateParams.builder(1000, "usd").metadata("order", "42").metadata("b", "x\"y")
                .paymentMethodData(new PaymentMethodData("card", Map.of("number", "4242424242424242"))).build();
    }
}
