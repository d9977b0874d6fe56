package io.paystate.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class FormCodecTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void decode_bracketsIndexesAndAppends_nestAsTheWireLayerReads() throws Exception {
        String form = "amount=1000&metadata[order]=42&payment_method_types[0]=card&payment_method_types[1]=sepa_debit"
                + "&expand[]=latest_charge&expand[]=payment_method"
                + "&payment_method_options[card][capture_method]=manual&description=a+b%26c";

        assertThat(FormCodec.decode(form)).isEqualTo(JSON.readTree("""
                {"amount": "1000", "metadata": {"order": "42"},
                 "payment_method_types": {"0": "card", "1": "sepa_debit"},
                 "expand": ["latest_charge", "payment_method"],
                 "payment_method_options": {"card": {"capture_method": "manual"}}, "description": "a b&c"}"""));
    }

    @Test
    void decode_emptyValueAndUtf8_areKept() throws Exception {
        assertThat(FormCodec.decode("metadata[k]=&description=%C3%A9t%C3%A9"))
                .isEqualTo(JSON.readTree("{\"metadata\": {\"k\": \"\"}, \"description\": \"été\"}"));
    }

    @Test
    void decode_brokenInput_isRefusedWithAReason() {
        for (String bad : new String[] {"a=%2", "a=%GG", "a[b=1", "[a]=1", "a=1&a=2", "a=1&a[b]=2", "a[b]=1&a=2",
                "a[][b]=1", "a=%FF"}) {
            assertThatThrownBy(() -> FormCodec.decode(bad)).as(bad)
                    .isInstanceOf(FormCodec.MalformedFormException.class).hasMessageContaining("Invalid");
        }
    }
}
