package com.alumia.admin.app.ops;

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

    record RebuildRequest(@NotBlank @Size(max = 2_000) String reason) {
    }

    @GetMapping("/api/v1/admin/ops/processors")
    ProcessorStatus.Overview processors() {
        return statuses.read();
    }

    /** Empties the projection and replays the log into it; follow the progress on the processors screen. */
    @PostMapping("/api/v1/admin/ops/processors/{name}/rebuild")
    ResponseEntity<ProcessorStatus> rebuild(@PathVariable String name, @Valid @RequestBody RebuildRequest request) {
        return ResponseEntity.accepted().location(URI.create("/api/v1/admin/ops/processors"))
                             .body(rebuilds.start(name, request.reason()));
    }
}
