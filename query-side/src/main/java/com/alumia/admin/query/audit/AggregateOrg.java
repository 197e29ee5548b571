package com.alumia.admin.query.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Which org an aggregate belongs to, learned from the first event that names it, so that later events of the same
 * aggregate (a triage, an acknowledgement) can be found by org too.
 */
@Entity
@Table(name = "audit_aggregate_org")
class AggregateOrg {

    @Id
    @Column(name = "aggregate_id")
    String aggregateId;
    @Column(name = "org_id")
    String orgId;

    AggregateOrg() {
    }

    AggregateOrg(String aggregateId, String orgId) {
        this.aggregateId = aggregateId;
        this.orgId = orgId;
    }
}
