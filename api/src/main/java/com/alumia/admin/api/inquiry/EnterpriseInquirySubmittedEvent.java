package com.alumia.admin.api.inquiry;

import org.axonframework.serialization.Revision;

/** Someone asked about the enterprise plan through the public site. */
@Revision("1")
public record EnterpriseInquirySubmittedEvent(String inquiryId, String name, String email, String company,
                                              Integer seats, String message) {
}
