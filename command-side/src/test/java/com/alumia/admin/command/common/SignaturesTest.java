package com.alumia.admin.command.common;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class SignaturesTest {

    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    private static final Duration TOLERANCE = Duration.ofMinutes(5);

    @Test
    void alumiaSignaturesHoldOnlyForTheirBodyAndTime() {
        String header = Signatures.alumiaHeader("s3cret", NOW.getEpochSecond(), "{\"a\":1}");
        // Known answer: HMAC-SHA256("s3cret", "1795521600.{"a":1}"), computed outside the code under test.
        assertThat(header).isEqualTo("t=1795521600,v1=87ae2ba0e9ca6da5ed5ab27605c26c86d324dc964c1581d357937dadc57c45d9");
        assertThat(Signatures.verifyAlumia("s3cret", header, "{\"a\":1}", NOW, TOLERANCE)).isNull();
        assertThat(Signatures.verifyAlumia("s3cret", header, "{\"a\":2}", NOW, TOLERANCE)).contains("does not match");
        assertThat(Signatures.verifyAlumia("other", header, "{\"a\":1}", NOW, TOLERANCE)).contains("does not match");
        assertThat(Signatures.verifyAlumia("s3cret", header, "{\"a\":1}", NOW.plusSeconds(301), TOLERANCE))
                .contains("301 s away");
        assertThat(Signatures.verifyAlumia("s3cret", "v1=abc", "{}", NOW, TOLERANCE)).contains("not t=");
        assertThat(Signatures.verifyAlumia("s3cret", null, "{}", NOW, TOLERANCE)).contains("missing");
    }

    @Test
    void standardWebhooksFollowsTheSpecExample() {
        // The example of the Standard Webhooks specification.
        String secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        String id = "msg_p5jXN8AQM9LWM0D4loKWxJek";
        String body = "{\"test\": 2432232314}";
        long timestamp = 1614265330;
        String signature = Signatures.standardWebhooksSignature(secret, id, timestamp, body);
        assertThat(signature).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
        Instant then = Instant.ofEpochSecond(timestamp);
        assertThat(Signatures.verifyStandardWebhooks(secret, id, String.valueOf(timestamp), "v1,bm9wZQ== " + signature,
                body, then, TOLERANCE)).isNull();
        assertThat(Signatures.verifyStandardWebhooks(secret, "msg_other", String.valueOf(timestamp), signature, body,
                then, TOLERANCE)).contains("no signature");
        assertThat(Signatures.verifyStandardWebhooks(secret, id, "soon", signature, body, then, TOLERANCE))
                .contains("not a number");
        assertThat(Base64.getDecoder().decode(signature.substring(3))).hasSize(32);
    }
}
