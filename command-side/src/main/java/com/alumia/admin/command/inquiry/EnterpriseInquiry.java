package com.alumia.admin.command.inquiry;

import com.alumia.admin.api.common.InvalidValueException;
import com.alumia.admin.api.identity.Emails;
import com.alumia.admin.api.inquiry.EnterpriseInquirySubmittedEvent;
import com.alumia.admin.api.inquiry.SubmitInquiryCommand;
import com.alumia.admin.command.common.DomainException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static com.alumia.admin.command.common.TextRules.optionalText;
import static com.alumia.admin.command.common.TextRules.requireText;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** An enterprise inquiry from the public site, as it was sent. */
@Aggregate
class EnterpriseInquiry {

    @AggregateIdentifier
    private String inquiryId;

    EnterpriseInquiry() {
    }

    @CommandHandler
    EnterpriseInquiry(SubmitInquiryCommand command) {
        String email;
        try {
            email = Emails.canonical(command.email());
        } catch (InvalidValueException e) {
            throw DomainException.invalid("inquiry.email_invalid", e.getMessage());
        }
        if (command.seats() != null && (command.seats() < 1 || command.seats() > 1_000_000)) {
            throw DomainException.invalid("inquiry.seats_invalid", "seats is 1 to 1,000,000");
        }
        apply(new EnterpriseInquirySubmittedEvent(command.inquiryId(), requireText("name", command.name(), 120),
                email, requireText("company", command.company(), 200), command.seats(),
                optionalText("message", command.message(), 5_000)));
    }

    @EventSourcingHandler
    void on(EnterpriseInquirySubmittedEvent event) {
        inquiryId = event.inquiryId();
    }
}
