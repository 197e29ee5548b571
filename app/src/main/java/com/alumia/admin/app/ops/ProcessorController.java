package com.alumia.admin.app.ops;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The processors screen: every event processor against the head of the log.
 */
@RestController
class ProcessorController {

    private final ProcessorStatuses statuses;

    ProcessorController(ProcessorStatuses statuses) {
        this.statuses = statuses;
    }

    @GetMapping("/api/v1/admin/ops/processors")
    ProcessorStatus.Overview processors() {
        return statuses.read();
    }
}
