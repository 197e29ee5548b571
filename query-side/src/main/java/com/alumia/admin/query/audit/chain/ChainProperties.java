package com.alumia.admin.query.audit.chain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The hash chain over the event log.
 *
 * @param enabled            whether this node extends the chain (nodes sharing a database take turns; verification
 *                           and the export work either way)
 * @param keyFile            the checkpoint signing key (PEM, see {@link ChainKeys}), kept outside the database and
 *                           the same file on every node
 * @param createKeyIfMissing make a key at {@code keyFile} when there is none: the embedded default's single node
 * @param retiredKeys        public key files of keys that signed earlier checkpoints, still trusted to verify them
 * @param interval           how often the chain catches up with the log
 * @param batchSize          events chained in one transaction
 * @param checkpointEvery    a checkpoint at least every this many events
 * @param checkpointInterval and at least this often while events come in
 */
@ConfigurationProperties("alumia.chain")
public record ChainProperties(@DefaultValue("true") boolean enabled,
                              @DefaultValue("./data/chain/signing-key.pem") Path keyFile,
                              @DefaultValue("true") boolean createKeyIfMissing,
                              @DefaultValue("") List<Path> retiredKeys,
                              @DefaultValue("1s") Duration interval,
                              @DefaultValue("1000") int batchSize,
                              @DefaultValue("10000") int checkpointEvery,
                              @DefaultValue("1m") Duration checkpointInterval) {
}
