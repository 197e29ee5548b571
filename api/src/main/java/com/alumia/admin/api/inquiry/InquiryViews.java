package com.alumia.admin.api.inquiry;

import java.time.Instant;
import java.util.List;

/** What admins read of enterprise inquiries, newest first. */
public final class InquiryViews {

    private InquiryViews() {
    }

    public record Inquiry(String inquiryId, String name, String email, String company, Integer seats, String message,
                          String clientAddress, Instant receivedAt) {
    }

    public record Inquiries(List<Inquiry> items) {
    }

    public record FindInquiriesQuery(Instant before, int limit) {
    }
}
