package com.alumia.admin.command.identity;

import com.alumia.admin.api.common.OrgId;
import com.alumia.admin.api.common.RuleViolation;
import com.alumia.admin.api.identity.ChangeMemberRoleCommand;
import com.alumia.admin.api.identity.CreateOrgCommand;
import com.alumia.admin.api.identity.CreateWorkspaceCommand;
import com.alumia.admin.api.identity.InviteMemberCommand;
import com.alumia.admin.api.identity.OrgCreatedEvent;
import com.alumia.admin.api.identity.OrgMemberInvitedEvent;
import com.alumia.admin.api.identity.OrgMemberRemovedEvent;
import com.alumia.admin.api.identity.OrgMemberRoleChangedEvent;
import com.alumia.admin.api.identity.OrgReactivatedEvent;
import com.alumia.admin.api.identity.OrgRole;
import com.alumia.admin.api.identity.OrgSuspendedEvent;
import com.alumia.admin.api.identity.OrgWorkspaceCreatedEvent;
import com.alumia.admin.api.identity.OrgWorkspaceTransferredEvent;
import com.alumia.admin.api.identity.ReactivateOrgCommand;
import com.alumia.admin.api.identity.RemoveMemberCommand;
import com.alumia.admin.api.identity.SuspendOrgCommand;
import com.alumia.admin.api.identity.TransferWorkspaceCommand;
import com.alumia.admin.command.common.DomainException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import static com.alumia.admin.command.common.BrokenRule.rule;

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

    private static final OrgCreatedEvent CREATED = new OrgCreatedEvent(ACME, "Acme Corp");
    private static final OrgMemberInvitedEvent ANA = new OrgMemberInvitedEvent(ACME, "ana@acme.com", OrgRole.OWNER);
    private static final OrgMemberInvitedEvent BO = new OrgMemberInvitedEvent(ACME, "bo@acme.com", OrgRole.MEMBER);

    @Test
    void membersAreKeyedByTheirAddressInLowerCase() {
        fixture.given(CREATED)
               .when(new InviteMemberCommand(ACME, " Ana@Acme.com ", OrgRole.OWNER))
               .expectEvents(ANA);
        fixture.given(CREATED, ANA)
               .when(new InviteMemberCommand(ACME, "ana@acme.com", OrgRole.VIEWER))
               .expectException(rule(RuleViolation.Kind.CONFLICT, "org.member_exists"));
        fixture.given(CREATED)
               .when(new InviteMemberCommand(ACME, "not an address", OrgRole.MEMBER))
               .expectException(rule(RuleViolation.Kind.INVALID, "org.email_invalid"));
        fixture.given(CREATED)
               .when(new InviteMemberCommand(ACME, "x@acme.com", null))
               .expectException(rule(RuleViolation.Kind.INVALID, "org.role_required"));
    }

    @Test
    void theLastOwnerStays() {
        fixture.given(CREATED, ANA, BO)
               .when(new RemoveMemberCommand(ACME, "ana@acme.com"))
               .expectException(rule(RuleViolation.Kind.CONFLICT, "org.last_owner"));
        fixture.given(CREATED, ANA, BO)
               .when(new ChangeMemberRoleCommand(ACME, "ana@acme.com", OrgRole.ADMIN))
               .expectException(rule(RuleViolation.Kind.CONFLICT, "org.last_owner"));
        fixture.given(CREATED, ANA, BO, new OrgMemberRoleChangedEvent(ACME, "bo@acme.com", OrgRole.MEMBER,
                       OrgRole.OWNER))
               .when(new RemoveMemberCommand(ACME, "ana@acme.com"))
               .expectEvents(new OrgMemberRemovedEvent(ACME, "ana@acme.com", OrgRole.OWNER));
    }

    @Test
    void workspacesBelongToMembersAndAreHandedOverBeforeTheyLeave() {
        OrgWorkspaceCreatedEvent lab = new OrgWorkspaceCreatedEvent(ACME, "lab", "Lab", "bo@acme.com");
        fixture.given(CREATED, ANA, BO)
               .when(new CreateWorkspaceCommand(ACME, "lab", "Lab", "BO@acme.com"))
               .expectEvents(lab);
        fixture.given(CREATED, ANA)
               .when(new CreateWorkspaceCommand(ACME, "lab", "Lab", "stranger@elsewhere.com"))
               .expectException(rule(RuleViolation.Kind.NOT_FOUND, "org.not_a_member"));
        fixture.given(CREATED, ANA, BO, lab)
               .when(new RemoveMemberCommand(ACME, "bo@acme.com"))
               .expectException(rule(RuleViolation.Kind.CONFLICT, "org.member_owns_workspaces"));
        fixture.given(CREATED, ANA, BO, lab)
               .when(new TransferWorkspaceCommand(ACME, "lab", "ana@acme.com"))
               .expectEvents(new OrgWorkspaceTransferredEvent(ACME, "lab", "bo@acme.com", "ana@acme.com"));
        fixture.given(CREATED, ANA, BO, lab)
               .when(new TransferWorkspaceCommand(ACME, "lab", "nobody@acme.com"))
               .expectException(rule(RuleViolation.Kind.NOT_FOUND, "org.not_a_member"));
    }

    @Test
    void aSuspendedOrgTakesNoNewMembersOrWorkspaces() {
        fixture.given(CREATED)
               .when(new SuspendOrgCommand(ACME))
               .expectEvents(new OrgSuspendedEvent(ACME));
        fixture.given(CREATED, new OrgSuspendedEvent(ACME))
               .when(new InviteMemberCommand(ACME, "x@acme.com", OrgRole.MEMBER))
               .expectException(rule(RuleViolation.Kind.CONFLICT, "org.suspended"));
        fixture.given(CREATED, new OrgSuspendedEvent(ACME))
               .when(new ReactivateOrgCommand(ACME))
               .expectEvents(new OrgReactivatedEvent(ACME));
        fixture.given(CREATED)
               .when(new ReactivateOrgCommand(ACME))
               .expectException(rule(RuleViolation.Kind.CONFLICT, "org.active"));
    }
}
