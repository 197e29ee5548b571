package com.alumia.admin.query.audit;

import org.springframework.data.jpa.repository.JpaRepository;

interface AggregateOrgRepository extends JpaRepository<AggregateOrg, String> {
}
