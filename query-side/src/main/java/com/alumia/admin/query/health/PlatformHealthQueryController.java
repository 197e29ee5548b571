package com.alumia.admin.query.health;

import com.alumia.admin.api.common.InvalidValueException;
import com.alumia.admin.api.health.SignalArea;
import com.alumia.admin.api.health.SignalStatus;
import com.alumia.admin.api.health.SignalViews;
import com.alumia.admin.query.common.NotFoundException;
import com.alumia.admin.query.common.Queries;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * /admin/models, the runtime's health checks, the sandbox queue view and the shopping store snapshots, as services
 * report them: worst first, with counts per status, and each subject's changes of status.
 */
@RestController
class PlatformHealthQueryController {

    private final Queries queries;
    private final Clock clock;

    PlatformHealthQueryController(Queries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/api/v1/admin/models")
    SignalViews.Signals models(@RequestParam(required = false) String status,
                               @RequestParam(required = false) String provider) {
        return signals(SignalArea.MODEL, status, provider == null ? null : "provider:" + provider);
    }

    @GetMapping("/api/v1/admin/runtime/health-checks")
    SignalViews.Signals runtimeChecks(@RequestParam(required = false) String status) {
        return signals(SignalArea.RUNTIME_CHECK, status, null);
    }

    @GetMapping("/api/v1/admin/sandbox/queues")
    SignalViews.Signals sandboxQueues(@RequestParam(required = false) String status) {
        return signals(SignalArea.SANDBOX_QUEUE, status, null);
    }

    @GetMapping("/api/v1/admin/shopping/stores")
    SignalViews.Signals shoppingStores(@RequestParam(required = false) String status) {
        return signals(SignalArea.SHOPPING_STORE, status, null);
    }

    /** One subject with its changes of status, newest first; {@code area} is a path segment such as models. */
    @GetMapping("/api/v1/admin/health/{area}/{subject}")
    SignalViews.SignalDetail signal(@PathVariable String area, @PathVariable String subject) {
        SignalArea known = SignalArea.ofSegment(area).orElseThrow(() -> new InvalidValueException(
                "area is one of " + Arrays.stream(SignalArea.values()).map(SignalArea::segment)
                                          .collect(Collectors.joining(", "))));
        return queries.askOptional(new SignalViews.FindSignalQuery(known, subject, clock.instant()),
                SignalViews.SignalDetail.class).orElseThrow(() -> new NotFoundException(area, subject));
    }

    private SignalViews.Signals signals(SignalArea area, String status, String label) {
        return queries.ask(new SignalViews.FindSignalsQuery(area, status(status), label, clock.instant()),
                SignalViews.Signals.class);
    }

    private static SignalStatus status(String status) {
        if (status == null) {
            return null;
        }
        try {
            return SignalStatus.valueOf(status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("status is ok, degraded or down");
        }
    }
}
