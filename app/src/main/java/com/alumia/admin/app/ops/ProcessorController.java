package com.alumia.admin.app.ops;

import com.alumia.admin.api.ops.RebuildNodes;
import com.alumia.admin.api.ops.RebuildStrategy;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/**
 * The processors screen: every event processor against the head of the log.
 */
@RestController
class ProcessorController {

    private final ProcessorStatuses statuses;
    private final ProjectionRebuilds rebuilds;

    ProcessorController(ProcessorStatuses statuses, ProjectionRebuilds rebuilds) {
        this.statuses = statuses;
        this.rebuilds = rebuilds;
    }

    /**
     * @param strategy {@code in_place} (the default) or {@code build_aside}
     * @param nodes    {@code all} (the default): every node sharing the store stops the processor for the reset;
     *                 {@code this}: only this node, refused while others hold segments
     */
    record RebuildRequest(@NotBlank @Size(max = 2_000) String reason, RebuildStrategy strategy, RebuildNodes nodes) {
    }

    record CancelRequest(@NotBlank @Size(max = 2_000) String reason) {
    }

    @GetMapping("/api/v1/admin/ops/processors")
    ProcessorStatus.Overview processors() {
        return statuses.read();
    }

    /**
     * Rebuilds the projection from the log, in place or aside; follow the progress on the processors screen (a
     * build aside shows as {@code <name>.aside} until it is switched in).
     */
    @PostMapping("/api/v1/admin/ops/processors/{name}/rebuild")
    ResponseEntity<ProcessorStatus> rebuild(@PathVariable String name, @Valid @RequestBody RebuildRequest request) {
        return ResponseEntity.accepted().location(URI.create("/api/v1/admin/ops/processors"))
                             .body(rebuilds.start(name, request.reason(),
                                     request.strategy() == null ? RebuildStrategy.IN_PLACE : request.strategy(),
                                     request.nodes() == null ? RebuildNodes.ALL : request.nodes()));
    }

    /** Stops a build aside and drops its tables; the live view stays as it is. */
    @PostMapping("/api/v1/admin/ops/processors/{name}/rebuild/cancellation")
    ResponseEntity<Void> cancel(@PathVariable String name, @Valid @RequestBody CancelRequest request) {
        rebuilds.cancel(name, request.reason());
        return ResponseEntity.noContent().build();
    }
}
