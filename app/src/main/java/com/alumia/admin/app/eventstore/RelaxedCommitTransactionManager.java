package com.alumia.admin.app.eventstore;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.springframework.jdbc.datasource.DataSourceUtils;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The event processors' transactions on PostgreSQL, committed without waiting for the WAL flush
 * ({@code synchronous_commit = off}, for these transactions only). A processor transaction holds a view's writes
 * and the token that covers them; a crash can lose the last few hundred milliseconds of them, both together, and
 * the processor then handles those events again from the log. Every live event costs each processor segment a
 * transaction, so this takes most of the fsyncs out of the command path's way. Appends keep full durability.
 */
final class RelaxedCommitTransactionManager implements TransactionManager {

    private final TransactionManager delegate;
    private final DataSource dataSource;

    RelaxedCommitTransactionManager(TransactionManager delegate, DataSource dataSource) {
        this.delegate = delegate;
        this.dataSource = dataSource;
    }

    @Override
    public Transaction startTransaction() {
        Transaction transaction = delegate.startTransaction();
        try (Statement statement = DataSourceUtils.getConnection(dataSource).createStatement()) {
            statement.execute("SET LOCAL synchronous_commit = off");
        } catch (SQLException e) {
            transaction.rollback();
            throw new IllegalStateException("Could not relax the commit of a processor transaction", e);
        }
        return transaction;
    }
}
