package com.alumia.admin.api.inquiry;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An enterprise inquiry from the public site. */
public record SubmitInquiryCommand(@TargetAggregateIdentifier String inquiryId, String name, String email,
                                   String company, Integer seats, String message) {
}
