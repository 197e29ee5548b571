package com.alumia.admin.app.web;

import com.alumia.admin.api.common.InvalidValueException;
import com.alumia.admin.api.common.RuleViolation;
import com.alumia.admin.app.eventstore.LogBusyException;
import com.alumia.admin.command.common.CommandTimeoutException;
import com.alumia.admin.app.security.StepUpPolicy;
import com.alumia.admin.command.common.DomainException;
import com.alumia.admin.command.common.PreconditionRequiredException;
import com.alumia.admin.command.common.RateLimitedException;
import com.alumia.admin.command.common.UnverifiedRequestException;
import com.alumia.admin.app.security.DeniedAttempts;
import com.alumia.admin.query.common.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every error a controller raises becomes an RFC 9457 problem with a stable type; nothing leaks a stack trace.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    private final StepUpPolicy stepUp;
    private final DeniedAttempts deniedAttempts;

    ProblemAdvice(StepUpPolicy stepUp, DeniedAttempts deniedAttempts) {
        this.stepUp = stepUp;
        this.deniedAttempts = deniedAttempts;
    }

    /** A bad or missing signature: a 401 problem, and recorded as a refused attempt. */
    @ExceptionHandler(UnverifiedRequestException.class)
    ResponseEntity<ProblemDetail> unverified(UnverifiedRequestException e, HttpServletRequest request) {
        deniedAttempts.record(request, HttpStatus.UNAUTHORIZED, "signature_invalid");
        return problem(Problems.of(HttpStatus.UNAUTHORIZED, e.code(), e.getMessage()));
    }

    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<ProblemDetail> commandFailed(CommandExecutionException e, HttpServletRequest request) {
        return e.getDetails().filter(RuleViolation.class::isInstance).map(RuleViolation.class::cast)
                .map(this::violation)
                .orElseGet(() -> unexpected(e, request));
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> ruleBroken(DomainException e) {
        return violation(e.violation());
    }

    @ExceptionHandler(InvalidValueException.class)
    ResponseEntity<ProblemDetail> invalidValue(InvalidValueException e) {
        return problem(Problems.of(HttpStatus.BAD_REQUEST, "invalid_value", e.getMessage()));
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> aggregateNotFound(AggregateNotFoundException e) {
        return problem(Problems.of(HttpStatus.NOT_FOUND, "not_found",
                "Nothing exists with the id " + e.getAggregateIdentifier()));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return problem(Problems.of(HttpStatus.NOT_FOUND, "not_found", e.getMessage()));
    }

    @ExceptionHandler(ConflictingAggregateVersionException.class)
    ResponseEntity<ProblemDetail> staleVersion(ConflictingAggregateVersionException e) {
        return problem(Problems.of(HttpStatus.PRECONDITION_FAILED, "version_mismatch",
                "It changed since you read it: your If-Match names version " + e.getExpectedVersion()
                + ", the current version is " + e.getActualVersion() + ". Read it again, then retry.",
                Map.of("expectedVersion", e.getExpectedVersion(), "currentVersion", e.getActualVersion())));
    }

    /** Something created twice at the same moment (its identifier taken by the other). */
    @ExceptionHandler(AggregateStreamCreationException.class)
    ResponseEntity<ProblemDetail> createdTwice(AggregateStreamCreationException e) {
        return problem(Problems.of(HttpStatus.CONFLICT, "already_exists",
                "It exists already: another request created it at the same moment"));
    }

    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<ProblemDetail> concurrentChange(ConcurrencyException e) {
        return problem(Problems.of(HttpStatus.CONFLICT, "concurrent_change",
                "Someone else changed it at the same moment; read it again, then retry"));
    }

    @ExceptionHandler(PreconditionRequiredException.class)
    ResponseEntity<ProblemDetail> preconditionRequired(PreconditionRequiredException e) {
        return problem(Problems.of(HttpStatus.PRECONDITION_REQUIRED, "if_match_required", e.getMessage()));
    }

    @ExceptionHandler(CommandTimeoutException.class)
    ResponseEntity<ProblemDetail> timeout(CommandTimeoutException e) {
        return retryShortly("command_timeout", e.getMessage());
    }

    @ExceptionHandler(RateLimitedException.class)
    ResponseEntity<ProblemDetail> rateLimited(RateLimitedException e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, e.retryAfter().toSeconds())))
                .body(Problems.of(HttpStatus.TOO_MANY_REQUESTS, "rate_limited", e.getMessage()));
    }

    @ExceptionHandler(LogBusyException.class)
    ResponseEntity<ProblemDetail> logBusy(LogBusyException e) {
        return retryShortly("log_busy", e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected failure of {} {}", request.getMethod(), request.getRequestURI(), e);
        return problem(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal",
                "Something failed on our side; the request id in X-Request-Id finds it in our logs"));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<Map<String, Object>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> Map.<String, Object>of("field", f.getField(),
                        "message", String.valueOf(f.getDefaultMessage())))
                .toList();
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "validation",
                "The request has " + errors.size() + " invalid field(s)", Map.of("errors", errors));
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
                                                                            HttpHeaders headers,
                                                                            HttpStatusCode status,
                                                                            WebRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "validation", "The request has invalid values");
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
                                                          HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail problem && problem.getType().toString().equals("about:blank")) {
            String code = HttpStatus.valueOf(statusCode.value()).name().toLowerCase();
            problem.setType(Problems.type(code));
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private ResponseEntity<ProblemDetail> violation(RuleViolation violation) {
        HttpStatus status = switch (violation.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case CONFLICT -> HttpStatus.CONFLICT;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case STEP_UP_REQUIRED -> HttpStatus.UNAUTHORIZED;
        };
        if (status == HttpStatus.UNAUTHORIZED) {
            Map<String, Object> details = new HashMap<>(stepUp.problemProperties());
            details.putAll(violation.details());
            return ResponseEntity.status(status).header(HttpHeaders.WWW_AUTHENTICATE, stepUp.challenge())
                                 .body(Problems.of(status, violation.code(), violation.message(), details));
        }
        return problem(Problems.of(status, violation.code(), violation.message(), violation.details()));
    }

    private static ResponseEntity<ProblemDetail> retryShortly(String code, String detail) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1")
                .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, code, detail));
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
