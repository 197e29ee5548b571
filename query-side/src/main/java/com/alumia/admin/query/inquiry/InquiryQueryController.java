package com.alumia.admin.query.inquiry;

import com.alumia.admin.api.inquiry.InquiryViews;
import com.alumia.admin.query.common.Limits;
import com.alumia.admin.query.common.Queries;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

/** /admin/enterprise-inquiries: newest first; {@code before} pages back by time. */
@RestController
class InquiryQueryController {

    private final Queries queries;

    InquiryQueryController(Queries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/admin/enterprise-inquiries")
    InquiryViews.Inquiries inquiries(@RequestParam(required = false) Instant before,
                                     @RequestParam(defaultValue = "" + Limits.DEFAULT) int limit) {
        return queries.ask(new InquiryViews.FindInquiriesQuery(before, limit), InquiryViews.Inquiries.class);
    }
}
