package com.alumia.admin.app.ops;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import com.alumia.admin.api.common.InvalidValueException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A processor's dead letters: list, retry (one sequence or all), evict (a super admin, for good).
 */
@RestController
class DeadLetterController {

    private static final int MAX_LIMIT = 500;

    private final DeadLetters deadLetters;

    DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    /** @param sequence one sequence (its id from the list); none for every sequence */
    record RetryRequest(@Size(max = 512) String sequence, @NotBlank @Size(max = 2_000) String reason) {
    }

    record EvictRequest(@NotBlank @Size(max = 512) String sequence, @NotBlank @Size(max = 2_000) String reason) {
    }

    @GetMapping("/api/v1/admin/ops/processors/{name}/dead-letters")
    DeadLetters.Page list(@PathVariable String name, @RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidValueException("limit must be between 1 and " + MAX_LIMIT);
        }
        return deadLetters.list(name, limit);
    }

    @PostMapping("/api/v1/admin/ops/processors/{name}/dead-letters/retry")
    DeadLetters.RetryResult retry(@PathVariable String name, @Valid @RequestBody RetryRequest request) {
        return deadLetters.retry(name, request.sequence(), request.reason());
    }

    @PostMapping("/api/v1/admin/ops/processors/{name}/dead-letters/eviction")
    DeadLetters.EvictResult evict(@PathVariable String name, @Valid @RequestBody EvictRequest request) {
        return deadLetters.evict(name, request.sequence(), request.reason());
    }
}
