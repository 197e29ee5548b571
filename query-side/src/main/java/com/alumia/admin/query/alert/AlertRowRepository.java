package com.alumia.admin.query.alert;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface AlertRowRepository extends JpaRepository<AlertRow, String>, JpaSpecificationExecutor<AlertRow> {
}
