package com.alumia.admin.app.eventstore;

import com.alumia.admin.query.audit.EventLog;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.util.function.Consumer;

/**
 * The raw log read straight from the event table, up to the head the {@link AppendFence} reports, as the processors
 * read it.
 */
@Component
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false", matchIfMissing = true)
class JdbcEventLog implements EventLog {

    private static final int FETCH_SIZE = 1_000;

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final AppendFence fence;
    private final String sql;

    JdbcEventLog(DataSource dataSource, PlatformTransactionManager transactionManager, AppendFence fence,
                 EventSchema schema) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH_SIZE);
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setReadOnly(true);
        this.fence = fence;
        this.sql = "SELECT " + schema.globalIndexColumn() + ", " + schema.eventIdentifierColumn() + ", "
                   + schema.payloadTypeColumn() + ", " + schema.payloadRevisionColumn() + ", "
                   + schema.typeColumn() + ", " + schema.aggregateIdentifierColumn() + ", "
                   + schema.sequenceNumberColumn() + ", " + schema.timestampColumn() + ", "
                   + schema.metaDataColumn() + ", " + schema.payloadColumn()
                   + " FROM " + schema.domainEventTable() + " WHERE " + schema.globalIndexColumn() + " > ?"
                   + " AND " + schema.globalIndexColumn() + " <= ?"
                   + " ORDER BY " + schema.globalIndexColumn() + " LIMIT ?";
    }

    @Override
    public void readAfter(long position, int limit, Consumer<StoredEvent> sink) {
        transactions.executeWithoutResult(status -> {
            long head = fence.safeHead(DataSourceUtils.getConnection(dataSource))
                             .orElseThrow(LogBusyException::new);
            jdbc.query(sql, rs -> {
                String type = rs.getString(5);
                String eventId = rs.getString(2);
                String aggregateId = rs.getString(6);
                boolean domain = type != null && !eventId.equals(aggregateId);
                sink.accept(new StoredEvent(rs.getLong(1), eventId, rs.getString(3), rs.getString(4),
                        domain ? type : null, domain ? aggregateId : null, domain ? rs.getLong(7) : null,
                        rs.getString(8), rs.getBytes(9), rs.getBytes(10)));
            }, position, head, limit);
        });
    }
}
