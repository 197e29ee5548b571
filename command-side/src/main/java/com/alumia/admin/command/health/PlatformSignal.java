package com.alumia.admin.command.health;

import com.alumia.admin.api.health.ReportSignalCommand;
import com.alumia.admin.api.health.SignalArea;
import com.alumia.admin.api.health.SignalReportedEvent;
import com.alumia.admin.api.health.SignalStatus;
import com.alumia.admin.command.common.DomainException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import static com.alumia.admin.command.common.TextRules.optionalText;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One reported subject of the platform's health (a model, a runtime check, a sandbox queue, a shopping store). A
 * report is recorded when the subject is new, when its status or labels change, or once a heartbeat has passed
 * since the last recorded one: a status change shows at once, the numbers are at most a heartbeat old, and a
 * service reporting every few seconds does not write an event each time.
 */
@Aggregate
class PlatformSignal {

    static final Pattern SUBJECT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@:-]{0,199}");
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");
    private static final int MAX_METRICS = 30;
    private static final int MAX_LABELS = 20;

    @AggregateIdentifier
    private String signalId;
    private SignalStatus status;
    private Map<String, String> labels;
    private Instant recordedAt;

    PlatformSignal() {
    }

    /** @return whether the report was recorded */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    boolean handle(ReportSignalCommand command) {
        SignalArea area = command.area();
        if (command.status() == null) {
            throw DomainException.invalid("health.status_required", "a report gives a status: ok, degraded or down");
        }
        Map<String, Double> metrics = metrics(area, command.metrics());
        Map<String, String> labels = labels(area, command.labels());
        String detail = optionalText("detail", command.detail(), 2_000);
        boolean due = recordedAt == null || command.status() != status || !labels.equals(this.labels)
                      || !command.reportedAt().isBefore(recordedAt.plus(command.heartbeat()));
        if (!due) {
            return false;
        }
        apply(new SignalReportedEvent(command.signalId(), area, command.subject(), command.status(), status, metrics,
                labels, detail, command.reportedAt()));
        return true;
    }

    /** A subject names one thing of its area: letters, digits and {@code . _ @ : -}, at most 200. */
    static String subject(String subject) {
        if (subject == null || !SUBJECT.matcher(subject).matches()) {
            throw DomainException.invalid("health.subject_invalid", "a subject is 1 to 200 letters, digits or "
                    + "'. _ @ : -', starting with a letter or digit");
        }
        return subject;
    }

    private static Map<String, Double> metrics(SignalArea area, Map<String, Double> given) {
        Map<String, Double> metrics = new TreeMap<>(given == null ? Map.of() : given);
        if (metrics.size() > MAX_METRICS) {
            throw DomainException.invalid("health.too_many_metrics", "a report has at most " + MAX_METRICS
                    + " metrics");
        }
        metrics.forEach((name, value) -> {
            if (!NAME.matcher(name).matches()) {
                throw DomainException.invalid("health.metric_name_invalid", "metric names are letters, digits and "
                        + "'_', starting with a letter: " + name);
            }
            if (value == null || value.isNaN() || value.isInfinite() || value < 0) {
                throw DomainException.invalid("health.metric_invalid", "metric " + name + " is a number of at "
                        + "least 0");
            }
        });
        for (String required : area.requiredMetrics()) {
            if (!metrics.containsKey(required)) {
                throw DomainException.invalid("health.metric_missing", "a report on " + area.segment()
                        + " gives the metrics " + String.join(", ", area.requiredMetrics()) + "; " + required
                        + " is missing");
            }
        }
        if (area == SignalArea.MODEL && metrics.get("errors") > metrics.get("requests")) {
            throw DomainException.invalid("health.errors_over_requests", "a model cannot have more errors ("
                    + metrics.get("errors") + ") than requests (" + metrics.get("requests") + ")");
        }
        return metrics;
    }

    private static Map<String, String> labels(SignalArea area, Map<String, String> given) {
        Map<String, String> labels = new TreeMap<>(given == null ? Map.of() : given);
        if (labels.size() > MAX_LABELS) {
            throw DomainException.invalid("health.too_many_labels", "a report has at most " + MAX_LABELS + " labels");
        }
        labels.forEach((name, value) -> {
            if (!NAME.matcher(name).matches()) {
                throw DomainException.invalid("health.label_name_invalid", "label names are letters, digits and "
                        + "'_', starting with a letter: " + name);
            }
            if (value == null || value.isBlank() || value.length() > 200) {
                throw DomainException.invalid("health.label_invalid", "label " + name + " is 1 to 200 characters");
            }
        });
        for (String required : area.requiredLabels()) {
            if (!labels.containsKey(required)) {
                throw DomainException.invalid("health.label_missing", "a report on " + area.segment()
                        + " gives the labels " + String.join(", ", area.requiredLabels()) + "; " + required
                        + " is missing");
            }
        }
        return labels;
    }

    @EventSourcingHandler
    void on(SignalReportedEvent event) {
        signalId = event.signalId();
        status = event.status();
        labels = event.labels();
        recordedAt = event.reportedAt();
    }
}
