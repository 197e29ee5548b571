package com.alumia.admin.query.audit.chain;

import com.alumia.admin.query.audit.EventLog;
import com.alumia.admin.query.audit.EventLog.StoredEvent;
import com.alumia.admin.query.audit.chain.ChainStore.State;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Extends the chain after events commit: reads the log after the last chained position (never past an append still
 * in flight, so a link is never written before an event that will sit below it), links each event, and signs a
 * checkpoint every {@code checkpointEvery} events or {@code checkpointInterval}, whichever comes first. Each step
 * holds the chain state's row lock, so nodes sharing the database take turns.
 */
@Component
@ConditionalOnProperty(name = "alumia.chain.enabled", havingValue = "true", matchIfMissing = true)
public class ChainWriter {

    private static final Logger LOG = LoggerFactory.getLogger(ChainWriter.class);

    private final EventLog log;
    private final ChainStore store;
    private final ChainKeys.Signer signer;
    private final ChainProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private volatile String lastFailure;

    @Autowired
    public ChainWriter(EventLog log, ChainStore store, ChainKeys.Signer signer, ChainProperties properties,
                       PlatformTransactionManager transactionManager) {
        this(log, store, signer, properties, transactionManager, Clock.systemUTC());
    }

    ChainWriter(EventLog log, ChainStore store, ChainKeys.Signer signer, ChainProperties properties,
                PlatformTransactionManager transactionManager, Clock clock) {
        this.log = log;
        this.store = store;
        this.signer = signer;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${alumia.chain.interval:1s}", fixedDelayString = "${alumia.chain.interval:1s}")
    void scheduled() {
        try {
            catchUp();
            if (lastFailure != null) {
                LOG.info("The event chain is extending again");
                lastFailure = null;
            }
        } catch (RuntimeException e) {
            if (!String.valueOf(e.getMessage()).equals(lastFailure)) {
                LOG.warn("Cannot extend the event chain now; retrying every {}: {}", properties.interval(),
                        e.toString());
            }
            lastFailure = String.valueOf(e.getMessage());
        }
    }

    /** Chains every event committed so far; returns the last chained position. */
    public long catchUp() {
        long position;
        do {
            position = step(false);
        } while (position < 0);
        return position;
    }

    /** Catches up and signs a checkpoint at the end of the chain unless one is there already. */
    public long catchUpAndSign() {
        catchUp();
        return Math.abs(step(true));
    }

    /**
     * One transaction: at most a batch of events chained, and a checkpoint when one is due.
     *
     * @return the last chained position, negated when a full batch was chained and more may follow
     */
    private long step(boolean signNow) {
        Long result = transactions.execute(status -> {
            State state = store.lock();
            List<StoredEvent> batch = new ArrayList<>(properties.batchSize());
            log.readAfter(state.position(), properties.batchSize(), batch::add);
            byte[] link = state.link();
            List<Long> positions = new ArrayList<>(batch.size());
            List<byte[]> links = new ArrayList<>(batch.size());
            for (StoredEvent event : batch) {
                link = HashChain.next(link, event);
                positions.add(event.position());
                links.add(link);
            }
            if (!batch.isEmpty()) {
                store.append(positions, links);
            }
            long position = batch.isEmpty() ? state.position() : positions.get(positions.size() - 1);
            State next = new State(position, link, state.events() + batch.size(),
                    state.unsignedEvents() + batch.size(), state.lastCheckpointPosition(), state.lastCheckpointAt());
            Instant now = clock.instant();
            if (next.unsignedEvents() > 0 && (signNow || checkpointDue(next, now))) {
                store.insert(signer.sign(position, link, now));
                next = new State(position, link, next.events(), 0, position, now);
            }
            if (!batch.isEmpty() || next.lastCheckpointPosition() != state.lastCheckpointPosition()) {
                store.save(next);
            }
            return batch.size() == properties.batchSize() ? -position : position;
        });
        return result == null ? 0 : result;
    }

    private boolean checkpointDue(State state, Instant now) {
        return state.unsignedEvents() >= properties.checkpointEvery()
               || state.lastCheckpointAt() == null
               || !now.isBefore(state.lastCheckpointAt().plus(properties.checkpointInterval()));
    }
}
