package com.alumia.admin.command.health;

import com.alumia.admin.api.health.ReportSignalCommand;
import com.alumia.admin.api.health.SignalArea;
import com.alumia.admin.api.health.SignalStatus;
import com.alumia.admin.api.health.SignalViews;
import com.alumia.admin.command.common.CommandSender;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * Services report the platform's health here: probes on models, the agent runtime on its health checks and sandbox
 * queues, the shop on its stores. Each area has its own route, so that each has its own service role.
 */
@RestController
class PlatformHealthCommandController {

    private final CommandSender commands;
    private final Clock clock;
    private final Duration heartbeat;

    PlatformHealthCommandController(CommandSender commands, Clock clock,
                                    @Value(SignalViews.HEARTBEAT) Duration heartbeat) {
        if (heartbeat.isNegative() || heartbeat.isZero()) {
            throw new IllegalArgumentException("alumia.health.heartbeat is a positive duration, not " + heartbeat);
        }
        this.commands = commands;
        this.clock = clock;
        this.heartbeat = heartbeat;
    }

    /** {@code metrics}: numbers of at least 0; {@code labels}: short texts (a model's provider, a region). */
    record ReportBody(@NotNull SignalStatus status, Map<String, Double> metrics, Map<String, String> labels,
                      String detail) {
    }

    record ReportResponse(String area, String subject, boolean recorded) {
    }

    @PostMapping("/api/v1/health/models/{subject}")
    ReportResponse model(@PathVariable String subject, @Valid @RequestBody ReportBody body) {
        return report(SignalArea.MODEL, subject, body);
    }

    @PostMapping("/api/v1/health/runtime-checks/{subject}")
    ReportResponse runtimeCheck(@PathVariable String subject, @Valid @RequestBody ReportBody body) {
        return report(SignalArea.RUNTIME_CHECK, subject, body);
    }

    @PostMapping("/api/v1/health/sandbox-queues/{subject}")
    ReportResponse sandboxQueue(@PathVariable String subject, @Valid @RequestBody ReportBody body) {
        return report(SignalArea.SANDBOX_QUEUE, subject, body);
    }

    @PostMapping("/api/v1/health/shopping-stores/{subject}")
    ReportResponse shoppingStore(@PathVariable String subject, @Valid @RequestBody ReportBody body) {
        return report(SignalArea.SHOPPING_STORE, subject, body);
    }

    private ReportResponse report(SignalArea area, String subject, ReportBody body) {
        boolean recorded = commands.send(new ReportSignalCommand(area, PlatformSignal.subject(subject), body.status(),
                body.metrics(), body.labels(), body.detail(), clock.instant(), heartbeat));
        return new ReportResponse(area.segment(), subject, recorded);
    }
}
