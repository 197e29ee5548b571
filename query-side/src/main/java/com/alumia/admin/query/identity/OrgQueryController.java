package com.alumia.admin.query.identity;

import com.alumia.admin.api.common.EntityTags;
import com.alumia.admin.api.common.OrgId;
import com.alumia.admin.api.identity.FindOrgsQuery;
import com.alumia.admin.api.identity.OrgDetail;
import com.alumia.admin.api.identity.OrgList;
import com.alumia.admin.query.common.NotFoundException;
import com.alumia.admin.query.common.Queries;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The org directory. */
@RestController
class OrgQueryController {

    private final Queries queries;

    OrgQueryController(Queries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/admin/orgs")
    OrgList orgs(@RequestParam(required = false) String cursor, @RequestParam(defaultValue = "50") int limit) {
        return queries.ask(new FindOrgsQuery(cursor, limit), OrgList.class);
    }

    /** One org with its members, workspaces and history. */
    @GetMapping("/api/v1/admin/orgs/{orgId}")
    ResponseEntity<OrgDetail> org(@PathVariable String orgId) {
        OrgDetail org = queries.askOptional(new OrgDetail.FindOrgDetailQuery(new OrgId(orgId)), OrgDetail.class)
                               .orElseThrow(() -> new NotFoundException("org", orgId));
        return ResponseEntity.ok().eTag(EntityTags.of(org.org().version())).body(org);
    }
}
