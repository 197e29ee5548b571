package com.alumia.admin.command.inquiry;

import com.alumia.admin.api.common.Identifiers;
import com.alumia.admin.api.inquiry.SubmitInquiryCommand;
import com.alumia.admin.command.common.CommandSender;
import com.alumia.admin.command.common.RateLimits;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;

/**
 * {@code POST /api/v1/enterprise-inquiry}, open to anyone: validated, limited per client address
 * ({@code alumia.inquiries.per-client} accepted in {@code alumia.inquiries.window}, counted across nodes; refused
 * ones do not count), and stored as an event that admins list.
 */
@RestController
class EnterpriseInquiryController {

    private static final String BUCKET = "enterprise-inquiry";

    private final CommandSender commands;
    private final RateLimits limits;
    private final int perClient;
    private final Duration window;

    EnterpriseInquiryController(CommandSender commands, RateLimits limits,
                                @Value("${alumia.inquiries.per-client:5}") int perClient,
                                @Value("${alumia.inquiries.window:PT10M}") Duration window) {
        this.commands = commands;
        this.limits = limits;
        this.perClient = perClient;
        this.window = window;
    }

    record InquiryBody(@NotBlank @Size(max = 120) String name, @NotBlank @Size(max = 254) String email,
                       @NotBlank @Size(max = 200) String company, Integer seats, @Size(max = 5_000) String message) {
    }

    record Received(String inquiryId) {
    }

    @PostMapping("/api/v1/enterprise-inquiry")
    ResponseEntity<Received> submit(@Valid @RequestBody InquiryBody body, HttpServletRequest request) {
        limits.requireRoom(BUCKET, request.getRemoteAddr(), perClient, window);
        String id = Identifiers.newValue("inq");
        commands.send(new SubmitInquiryCommand(id, body.name(), body.email(), body.company(), body.seats(),
                body.message()));
        limits.count(BUCKET, request.getRemoteAddr(), window);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new Received(id));
    }
}
