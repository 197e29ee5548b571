package com.alumia.admin.command.wallet;

import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.ApiException;
import com.stripe.exception.RateLimitException;
import com.stripe.exception.StripeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * How the processes call Stripe: an outage (no answer, a rate limit, Stripe's own error) is tried again with
 * doubling waits, under the same idempotency key so that a repeated call never acts twice, and after the last
 * try the event goes to the caller's dead-letter queue; a refusal (an invalid request, a card error) is handed back
 * to be recorded, never tried again.
 */
@Component
class StripeCalls {

    private static final Logger LOG = LoggerFactory.getLogger(StripeCalls.class);

    interface Call<T> {
        T send() throws StripeException;
    }

    /** Stripe said no: what it said. */
    static final class Refused extends Exception {

        private final int attempts;

        Refused(StripeException e, int attempts) {
            super(e.getStripeError() == null ? e.getMessage()
                    : e.getStripeError().getCode() + ": " + e.getStripeError().getMessage());
            this.attempts = attempts;
        }

        int attempts() {
            return attempts;
        }
    }

    /** The answer, with the number of tries it took. */
    record Answer<T>(T value, int attempts) {
    }

    private final StripeClients.ApiProperties properties;

    StripeCalls(StripeClients.ApiProperties properties) {
        this.properties = properties;
    }

    <T> Answer<T> send(String what, Call<T> call) throws Refused, InterruptedException {
        Duration wait = properties.initialBackoff();
        String error = null;
        for (int attempt = 1; attempt <= properties.attempts(); attempt++) {
            try {
                return new Answer<>(call.send(), attempt);
            } catch (ApiConnectionException | RateLimitException | ApiException outage) {
                error = outage.getClass().getSimpleName() + ": " + outage.getMessage();
                LOG.warn("{} not sent (attempt {}): {}", what, attempt, error);
            } catch (StripeException refused) {
                throw new Refused(refused, attempt);
            }
            if (attempt < properties.attempts()) {
                Thread.sleep(wait.toMillis());
                wait = wait.multipliedBy(2);
            }
        }
        // Nothing is recorded: it would roll back with the event, which now waits as a dead letter (with this
        // error as its cause) until Stripe is back and someone retries it.
        throw new IllegalStateException(what + " not sent after " + properties.attempts() + " attempts: " + error);
    }
}
