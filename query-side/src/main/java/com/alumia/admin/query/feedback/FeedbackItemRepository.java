package com.alumia.admin.query.feedback;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import java.util.List;

interface FeedbackItemRepository extends JpaRepository<FeedbackItem, String>, JpaSpecificationExecutor<FeedbackItem> {

    List<FeedbackItem> findByFingerprintOrderByReceivedAtAsc(String fingerprint);
}
