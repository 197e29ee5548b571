package com.alumia.admin.command.identity;

import com.alumia.admin.api.common.OrgId;
import com.alumia.admin.api.identity.FindOrgQuery;
import com.alumia.admin.api.identity.OrgSummary;
import com.alumia.admin.command.common.DomainException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * Refuses commands about orgs the platform does not know, or has suspended: asked of the org directory before the
 * command is sent (an org created a moment ago is known once the directory has it, within milliseconds).
 */
@Component
public class KnownOrgs {

    private final QueryGateway queries;

    KnownOrgs(QueryGateway queries) {
        this.queries = queries;
    }

    /** The org, known and active: an unknown org is a 404, a suspended one a 409. */
    public OrgId require(OrgId org) {
        if (org == null) {
            return null;
        }
        if ("suspended".equals(find(org).status())) {
            throw DomainException.conflict("org.suspended", "Org " + org + " is suspended: reactivate it first",
                    java.util.Map.of("orgId", org.value()));
        }
        return org;
    }

    /**
     * The org, known whatever its status: for changes that stop work, which a suspended org needs as much as an
     * active one. An unknown org is a 404.
     */
    public OrgId requireKnown(OrgId org) {
        if (org == null) {
            return null;
        }
        find(org);
        return org;
    }

    private OrgSummary find(OrgId org) {
        return queries.query(new FindOrgQuery(org), ResponseTypes.optionalInstanceOf(OrgSummary.class))
                      .join().orElseThrow(() -> DomainException.notFound("org.unknown", "No org " + org
                              + " in the directory; create it first"));
    }
}
