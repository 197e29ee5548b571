package com.alumia.admin.query.feedback;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface FeedbackItemVersionRepository extends JpaRepository<FeedbackItemVersion, FeedbackItemVersion.Key>,
        JpaSpecificationExecutor<FeedbackItemVersion> {
}
