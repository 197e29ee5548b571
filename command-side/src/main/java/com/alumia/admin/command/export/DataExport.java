package com.alumia.admin.command.export;

import com.alumia.admin.api.export.DataExportFinishedEvent;
import com.alumia.admin.api.export.DataExportStartedEvent;
import com.alumia.admin.api.export.FinishExportCommand;
import com.alumia.admin.api.export.StartExportCommand;
import com.alumia.admin.command.common.DomainException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A download of data, audited when it starts and when it ends, with its row count. */
@Aggregate
class DataExport {

    @AggregateIdentifier
    private String exportId;
    private boolean finished;

    DataExport() {
    }

    @CommandHandler
    DataExport(StartExportCommand command) {
        apply(new DataExportStartedEvent(command.exportId(), command.kind(), command.format(),
                command.filter() == null ? Map.of() : Map.copyOf(command.filter())));
    }

    @CommandHandler
    void handle(FinishExportCommand command) {
        if (finished) {
            throw DomainException.conflict("export.finished", "The export has ended already", Map.of());
        }
        apply(new DataExportFinishedEvent(exportId, command.rows(), command.bytes(), command.complete()));
    }

    @EventSourcingHandler
    void on(DataExportStartedEvent event) {
        exportId = event.exportId();
    }

    @EventSourcingHandler
    void on(DataExportFinishedEvent event) {
        finished = true;
    }
}
