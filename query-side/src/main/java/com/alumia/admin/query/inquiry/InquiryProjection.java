package com.alumia.admin.query.inquiry;

import com.alumia.admin.api.audit.AuditMetadata;
import com.alumia.admin.api.inquiry.EnterpriseInquirySubmittedEvent;
import com.alumia.admin.api.inquiry.InquiryViews;
import com.alumia.admin.query.common.BatchedWrites;
import com.alumia.admin.query.common.Limits;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.Instant;

import static com.alumia.admin.query.common.BatchedWrites.instant;
import static com.alumia.admin.query.common.BatchedWrites.time;

/** Enterprise inquiries, newest first, with the address they came from. */
@Component
@ProcessingGroup("enterprise-inquiries")
class InquiryProjection {

    private final BatchedWrites writes;

    InquiryProjection(BatchedWrites writes) {
        this.writes = writes;
    }

    @EventHandler
    void on(EnterpriseInquirySubmittedEvent event, @Timestamp Instant at,
            @MetaDataValue(AuditMetadata.CLIENT_ADDRESS) String client) {
        writes.current().add("""
                INSERT INTO enterprise_inquiry (inquiry_id, name, email, company, seats, message, client_address,
                                                received_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", event.inquiryId(), event.name(), event.email(), event.company(),
                event.seats(), event.message(), client, time(at));
    }

    @ResetHandler
    void reset() {
        writes.jdbc().update("DELETE FROM enterprise_inquiry");
    }

    @QueryHandler
    InquiryViews.Inquiries handle(InquiryViews.FindInquiriesQuery query) {
        return new InquiryViews.Inquiries(writes.jdbc().query("SELECT * FROM enterprise_inquiry WHERE received_at < ? "
                + "ORDER BY received_at DESC, inquiry_id FETCH FIRST ? ROWS ONLY", (rs, n) -> new InquiryViews.Inquiry(
                rs.getString("inquiry_id"), rs.getString("name"), rs.getString("email"), rs.getString("company"),
                rs.getObject("seats", Integer.class), rs.getString("message"), rs.getString("client_address"),
                instant(rs, "received_at")), time(query.before() == null ? Instant.now().plusSeconds(60)
                : query.before()), Limits.clamp(query.limit())));
    }
}
