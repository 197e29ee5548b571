package com.alumia.admin.command.identity;

import com.alumia.admin.api.common.OrgId;
import com.alumia.admin.api.identity.FindOrgQuery;
import com.alumia.admin.api.identity.OrgSummary;
import com.alumia.admin.command.common.DomainException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * Refuses commands about orgs the platform does not know: asked of the org directory before the command is sent
 * (an org created a moment ago is known once the directory has it, within milliseconds).
 */
@Component
public class KnownOrgs {

    private final QueryGateway queries;

    KnownOrgs(QueryGateway queries) {
        this.queries = queries;
    }

    public OrgId require(OrgId org) {
        if (org != null && queries.query(new FindOrgQuery(org), ResponseTypes.optionalInstanceOf(OrgSummary.class))
                                  .join().isEmpty()) {
            throw DomainException.notFound("org.unknown", "No org " + org + " in the directory; create it first");
        }
        return org;
    }
}
