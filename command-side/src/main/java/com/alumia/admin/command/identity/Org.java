package com.alumia.admin.command.identity;

import com.alumia.admin.api.common.OrgId;
import com.alumia.admin.api.identity.CreateOrgCommand;
import com.alumia.admin.api.identity.OrgCreatedEvent;
import com.alumia.admin.command.common.DomainException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.Map;

import static com.alumia.admin.command.common.TextRules.requireText;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/** An org (a tenant) of the platform. */
@Aggregate
class Org {

    @AggregateIdentifier
    private OrgId orgId;

    Org() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    long handle(CreateOrgCommand command) {
        if (orgId != null) {
            throw DomainException.conflict("org.exists", "Org " + command.orgId() + " exists already",
                    Map.of("orgId", command.orgId().value()));
        }
        apply(new OrgCreatedEvent(command.orgId(), requireText("name", command.name(), 200)));
        return getVersion();
    }

    @EventSourcingHandler
    void on(OrgCreatedEvent event) {
        orgId = event.orgId();
    }
}
