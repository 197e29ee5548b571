package com.alumia.admin.query.audit.chain;

import com.alumia.admin.api.common.InvalidValueException;
import com.alumia.admin.query.audit.chain.ChainConfiguration.TrustedKeys;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * The chain for operators and auditors: its state and keys, and a verification of the store.
 */
@RestController
class ChainController {

    private final ChainedLog chainedLog;
    private final ChainStore store;
    private final ChainKeys.Signer signer;
    private final TrustedKeys trustedKeys;

    ChainController(ChainedLog chainedLog, ChainStore store, ChainKeys.Signer signer, TrustedKeys trustedKeys) {
        this.chainedLog = chainedLog;
        this.store = store;
        this.signer = signer;
        this.trustedKeys = trustedKeys;
    }

    /**
     * Recomputes the chain from the stored events after {@code from} up to {@code to} (default: the end of the
     * chain) and checks it against the stored links and the signed checkpoints.
     */
    @GetMapping("/api/v1/admin/events/verify")
    ChainReport verify(@RequestParam(defaultValue = "0") long from, @RequestParam(required = false) Long to) {
        if (from < 0 || (to != null && to < from)) {
            throw new InvalidValueException("from must be 0 or more and to, when given, at least from");
        }
        long end = store.state().position();
        ChainVerifier verifier = new ChainVerifier(trustedKeys.byId(), true);
        chainedLog.lines(from, Long.MAX_VALUE, to == null ? end : Math.min(to, end), verifier::accept);
        return verifier.report();
    }

    @GetMapping("/api/v1/admin/events/chain")
    ChainStatus status() {
        ChainStore.State state = store.state();
        return new ChainStatus(state.position(), state.events(), state.unsignedEvents(),
                store.lastCheckpoint().map(c -> new CheckpointSummary(c.position(), HashChain.hex(c.link()),
                        c.signedAt(), c.keyId())).orElse(null),
                "SHA-256", ChainKeys.ALGORITHM, signer.keyId(), ChainKeys.publicPem(signer.publicKey()),
                List.copyOf(trustedKeys.byId().keySet()));
    }

    /**
     * @param position       the last chained event's position
     * @param unsignedEvents chained events after the last checkpoint
     * @param publicKey      the signing key's public key (PEM); auditors should obtain it out of band as well
     */
    record ChainStatus(long position, long events, long unsignedEvents, CheckpointSummary lastCheckpoint,
                       String hash, String signatureAlgorithm, String keyId, String publicKey,
                       List<String> trustedKeyIds) {
    }

    record CheckpointSummary(long position, String link, String signedAt, String keyId) {
    }
}
