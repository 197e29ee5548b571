package com.alumia.admin.command.identity;

import com.alumia.admin.api.common.OrgId;
import com.alumia.admin.api.identity.CreateOrgCommand;
import com.alumia.admin.api.identity.OrgCreatedEvent;
import com.alumia.admin.command.common.DomainException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

class OrgTest {

    private static final OrgId ACME = new OrgId("org-acme");

    private final AggregateTestFixture<Org> fixture = new AggregateTestFixture<>(Org.class);

    @Test
    void anOrgIsCreatedWithItsName() {
        fixture.givenNoPriorActivity()
               .when(new CreateOrgCommand(ACME, "  Acme Corp "))
               .expectEvents(new OrgCreatedEvent(ACME, "Acme Corp"));
    }

    @Test
    void anOrgIdIsTakenOnce() {
        fixture.given(new OrgCreatedEvent(ACME, "Acme Corp"))
               .when(new CreateOrgCommand(ACME, "Acme again"))
               .expectNoEvents()
               .expectException(DomainException.class);
    }

    @Test
    void anOrgNeedsAName() {
        fixture.givenNoPriorActivity()
               .when(new CreateOrgCommand(ACME, " "))
               .expectException(DomainException.class);
    }
}
