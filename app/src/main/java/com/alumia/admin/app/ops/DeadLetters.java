package com.alumia.admin.app.ops;

import com.alumia.admin.api.ops.DeadLetterQueues;
import com.alumia.admin.api.ops.EvictDeadLettersCommand;
import com.alumia.admin.api.ops.RetryDeadLettersCommand;
import com.alumia.admin.command.common.CommandSender;
import com.alumia.admin.query.common.NotFoundException;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dead-letter queues of the processors: what is parked and why, retries, and evictions. Each retry and eviction
 * is recorded in the log first (who, why, and for an eviction which events the view will miss).
 */
@Component
class DeadLetters {

    private final EventProcessingConfiguration processing;
    private final CommandSender commands;

    DeadLetters(EventProcessingConfiguration processing, CommandSender commands) {
        this.processing = processing;
        this.commands = commands;
    }

    /**
     * @param position       the event's position in the log, when the letter kept it
     * @param aggregateId    for an event of an aggregate
     * @param causeType      the exception that parked it; letters queued behind a failed one have none
     */
    record Letter(String eventId, Long position, String payloadType, String aggregateType, String aggregateId,
                  Long aggregateSequence, String causeType, String causeMessage, Instant enqueuedAt,
                  Instant lastTouched, Map<String, ?> diagnostics) {
    }

    /** One sequence (the events of one aggregate, in order) parked behind its first failed event. */
    record Sequence(String sequence, int size, List<Letter> letters) {
    }

    record Page(String processor, long sequences, long letters, List<Sequence> items) {
    }

    record RetryResult(String processor, String sequence, int attempted, int succeeded, long sequencesLeft) {
    }

    record EvictResult(String processor, String sequence, List<String> evictedEventIds, long sequencesLeft) {
    }

    /** Letters parked for {@code processor}, null where it has no queue. */
    Long count(String processor) {
        return processing.deadLetterQueue(processor).map(SequencedDeadLetterQueue::size).orElse(null);
    }

    /**
     * The counts are read before the letters: a letter parked in between then shows in the list and not yet in the
     * counts, never in the counts and missing from the list (a test polling for the count met exactly that).
     */
    Page list(String processor, int limit) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(processor);
        long sequences = queue.amountOfSequences();
        long size = queue.size();
        List<Sequence> items = new ArrayList<>();
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
            if (items.size() >= limit) {
                break;
            }
            List<Letter> letters = new ArrayList<>();
            String id = null;
            for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                id = id == null ? sequenceId(letter) : id;
                letters.add(letter(letter));
            }
            items.add(new Sequence(id, letters.size(), letters));
        }
        return new Page(processor, sequences, size, items);
    }

    RetryResult retry(String processor, String sequence, String reason) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(processor);
        SequencedDeadLetterProcessor<EventMessage<?>> letters = processing.sequencedDeadLetterProcessor(processor)
                .orElseThrow(() -> new NotFoundException("dead-letter queue", processor));
        long parked = queue.amountOfSequences();
        if (sequence != null && !queue.contains(sequence)) {
            throw new NotFoundException("dead-letter sequence", sequence);
        }
        commands.send(new RetryDeadLettersCommand(DeadLetterQueues.id(processor), processor, sequence, parked),
                reason);
        int attempted = 0;
        int succeeded = 0;
        if (sequence != null) {
            attempted = 1;
            succeeded = letters.process(letter -> sequence.equals(sequenceId(letter))) ? 1 : 0;
        } else {
            // Each sequence once: a failing one goes back to the end of the queue.
            for (long i = 0; i < parked; i++) {
                attempted++;
                if (letters.processAny()) {
                    succeeded++;
                }
            }
        }
        return new RetryResult(processor, sequence, attempted, succeeded, queue.amountOfSequences());
    }

    EvictResult evict(String processor, String sequence, String reason) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(processor);
        List<DeadLetter<? extends EventMessage<?>>> letters = new ArrayList<>();
        queue.deadLetterSequence(sequence).forEach(letters::add);
        if (letters.isEmpty()) {
            throw new NotFoundException("dead-letter sequence", sequence);
        }
        List<String> eventIds = letters.stream().map(l -> l.message().getIdentifier()).toList();
        commands.send(new EvictDeadLettersCommand(DeadLetterQueues.id(processor), processor, sequence, eventIds),
                reason);
        letters.forEach(queue::evict);
        return new EvictResult(processor, sequence, eventIds, queue.amountOfSequences());
    }

    /** Empties the queue of a processor whose view is rebuilt: the replay meets those events again. */
    void clear(String processor) {
        processing.deadLetterQueue(processor).ifPresent(SequencedDeadLetterQueue::clear);
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queue(String processor) {
        if (processing.eventProcessor(processor).isEmpty()) {
            throw new NotFoundException("processor", processor);
        }
        return processing.deadLetterQueue(processor)
                         .orElseThrow(() -> new NotFoundException("dead-letter queue", processor));
    }

    private static String sequenceId(DeadLetter<?> letter) {
        return letter instanceof JdbcDeadLetter<?> jdbc ? jdbc.getSequenceIdentifier() : null;
    }

    private static Letter letter(DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> message = letter.message();
        Long position = message instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null
                ? tracked.trackingToken().position().stream().boxed().findFirst().orElse(null) : null;
        Optional<DomainEventMessage<?>> domain = message instanceof DomainEventMessage<?> d
                ? Optional.of(d) : Optional.empty();
        return new Letter(message.getIdentifier(), position, message.getPayloadType().getName(),
                domain.map(DomainEventMessage::getType).orElse(null),
                domain.map(DomainEventMessage::getAggregateIdentifier).orElse(null),
                domain.map(DomainEventMessage::getSequenceNumber).orElse(null),
                letter.cause().map(c -> c.type()).orElse(null), letter.cause().map(c -> c.message()).orElse(null),
                letter.enqueuedAt(), letter.lastTouched(), letter.diagnostics());
    }
}
