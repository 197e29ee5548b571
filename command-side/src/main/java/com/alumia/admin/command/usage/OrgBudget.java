package com.alumia.admin.command.usage;

import com.alumia.admin.api.usage.BudgetPaymentStatusChangedEvent;
import com.alumia.admin.api.usage.BudgetSetEvent;
import com.alumia.admin.api.usage.ReportPaymentStatusCommand;
import com.alumia.admin.api.usage.SetBudgetCommand;
import com.alumia.admin.command.common.DomainException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.Objects;

import static com.alumia.admin.command.common.TextRules.optionalText;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/** An org's monthly budget and whether its payments go through. */
@Aggregate
class OrgBudget {

    @AggregateIdentifier
    private String budgetId;
    private boolean paymentFailing;
    private String paymentDetail;

    OrgBudget() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    long handle(SetBudgetCommand command) {
        if (command.monthlyLimitMicros() <= 0 || command.monthlyLimitMicros() > 1_000_000_000_000_000L) {
            throw DomainException.invalid("budget.limit_invalid", "a monthly limit is more than nothing");
        }
        if (command.nearPercent() < 1 || command.nearPercent() > 100) {
            throw DomainException.invalid("budget.near_percent_invalid", "nearPercent is 1 to 100");
        }
        apply(new BudgetSetEvent(command.org(), command.monthlyLimitMicros(), command.nearPercent()));
        return getVersion();
    }

    /** @return whether the report changed what is known (and was recorded) */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    boolean handle(ReportPaymentStatusCommand command) {
        String detail = optionalText("detail", command.detail(), 500);
        if (budgetId != null && command.failing() == paymentFailing && Objects.equals(detail, paymentDetail)) {
            return false;
        }
        apply(new BudgetPaymentStatusChangedEvent(command.org(), command.failing(), detail));
        return true;
    }

    @EventSourcingHandler
    void on(BudgetSetEvent event) {
        budgetId = "budget:" + event.org().value();
    }

    @EventSourcingHandler
    void on(BudgetPaymentStatusChangedEvent event) {
        budgetId = "budget:" + event.org().value();
        paymentFailing = event.failing();
        paymentDetail = event.detail();
    }
}
