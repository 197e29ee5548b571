package com.alumia.admin.command.usage;

import com.alumia.admin.api.usage.RecordUsageCommand;
import com.alumia.admin.api.usage.UsageRecord;
import com.alumia.admin.api.usage.UsageRecordedEvent;
import com.alumia.admin.command.common.DomainException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static com.alumia.admin.command.common.TextRules.requireText;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One batch of usage records as a service reported it. Each record is checked whole; a batch with any bad record
 * is refused and names it, so a service fixes and resends the batch.
 */
@Aggregate
class UsageBatch {

    static final int MAX_RECORDS = 1_000;
    private static final Pattern MODEL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/@-]{0,119}");
    private static final long MAX_TOKENS = 100_000_000L;
    private static final long MAX_COST_MICROS = 1_000_000_000_000L;

    @AggregateIdentifier
    private String batchId;

    UsageBatch() {
    }

    @CommandHandler
    UsageBatch(RecordUsageCommand command, java.time.Clock clock) {
        List<UsageRecord> records = command.records();
        if (records == null || records.isEmpty() || records.size() > MAX_RECORDS) {
            throw DomainException.invalid("usage.batch_size", "a batch has 1 to " + MAX_RECORDS + " records");
        }
        Instant latest = clock.instant().plus(Duration.ofMinutes(5));
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < records.size(); i++) {
            UsageRecord r = records.get(i);
            String where = "record " + i + ": ";
            if (r == null || r.eventId() == null || r.eventId().isBlank() || r.eventId().length() > 200) {
                throw DomainException.invalid("usage.event_id_required", where + "an eventId of at most 200 characters");
            }
            if (!ids.add(r.eventId())) {
                throw DomainException.invalid("usage.event_id_repeated", where + "eventId " + r.eventId()
                        + " is in the batch twice");
            }
            if (r.orgId() == null || r.orgId().isBlank() || r.model() == null || !MODEL.matcher(r.model()).matches()) {
                throw DomainException.invalid("usage.record_incomplete", where + "orgId and model are required");
            }
            if (r.tokensIn() < 0 || r.tokensOut() < 0 || r.tokensIn() > MAX_TOKENS || r.tokensOut() > MAX_TOKENS
                || r.costMicros() < 0 || r.costMicros() > MAX_COST_MICROS) {
                throw DomainException.invalid("usage.amount_invalid", where + "tokens and cost are not negative, "
                        + "nor absurdly large");
            }
            if (r.occurredAt() == null || r.occurredAt().isAfter(latest)) {
                throw DomainException.invalid("usage.time_invalid", where + "occurredAt is required and not in the "
                        + "future");
            }
        }
        apply(new UsageRecordedEvent(command.batchId(), requireText("source", command.source(), 120), List.copyOf(records)));
    }

    @EventSourcingHandler
    void on(UsageRecordedEvent event) {
        batchId = event.batchId();
    }
}
