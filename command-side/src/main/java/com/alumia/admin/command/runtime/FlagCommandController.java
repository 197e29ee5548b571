package com.alumia.admin.command.runtime;

import com.alumia.admin.api.common.EntityTags;
import com.alumia.admin.api.common.Identifiers;
import com.alumia.admin.api.common.InvalidValueException;
import com.alumia.admin.api.common.OrgId;
import com.alumia.admin.api.runtime.CancelFlagChangeCommand;
import com.alumia.admin.api.runtime.ClearFlagValueCommand;
import com.alumia.admin.api.runtime.DefineFlagCommand;
import com.alumia.admin.api.runtime.FlagKey;
import com.alumia.admin.api.runtime.FlagSpec;
import com.alumia.admin.api.runtime.FlagType;
import com.alumia.admin.api.runtime.RetireFlagCommand;
import com.alumia.admin.api.runtime.ScheduleFlagChangeCommand;
import com.alumia.admin.api.runtime.SetFlagValueCommand;
import com.alumia.admin.command.common.CommandSender;
import com.alumia.admin.command.common.IfMatch;
import com.alumia.admin.command.identity.KnownOrgs;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * The runtime flags' changes: defining and retiring flags, and setting or removing their global values and
 * per-org overrides. Every change carries a reason and names the version it was made against ({@code If-Match});
 * an override or a scheduled change for an org the directory does not have is refused. Removing an override
 * needs no such check, so one left by an org that is gone can still be removed.
 */
@RestController
class FlagCommandController {

    private static final String FLAGS = "/api/v1/admin/runtime/flags";

    private final CommandSender commands;
    private final KnownOrgs orgs;

    FlagCommandController(CommandSender commands, KnownOrgs orgs) {
        this.commands = commands;
        this.orgs = orgs;
    }

    /**
     * @param defaultValue   and {@code stopsAgentLoop}: JSON booleans, numbers or strings, as the type takes them
     */
    record DefineRequest(@NotBlank String key, @NotNull FlagType type, @NotBlank @Size(max = 500) String description,
                         @NotBlank @Size(max = 128) String owner, @NotNull JsonNode defaultValue, Long min, Long max,
                         List<String> options, JsonNode stopsAgentLoop,
                         @NotBlank @Size(max = 2_000) String reason) {
    }

    record ValueRequest(@NotNull JsonNode value, @NotBlank @Size(max = 2_000) String reason) {
    }

    record ReasonRequest(@NotBlank @Size(max = 2_000) String reason) {
    }

    record FlagResponse(String key, long version) {
    }

    /**
     * @param orgId null for the global value
     * @param value the value to set; leave it out and set {@code clear} to remove the value instead
     */
    record ScheduleRequest(String orgId, JsonNode value, boolean clear, @NotNull Instant at,
                           @NotBlank @Size(max = 2_000) String reason) {
    }

    record ScheduleResponse(String key, String scheduleId, Instant at, long version) {
    }

    @PostMapping(FLAGS)
    ResponseEntity<FlagResponse> define(@Valid @RequestBody DefineRequest request) {
        FlagKey key = new FlagKey(request.key());
        long version = commands.send(new DefineFlagCommand(key, new FlagSpec(request.type(), request.description(),
                request.owner(), scalar("defaultValue", request.defaultValue()), request.min(), request.max(),
                request.options(), request.stopsAgentLoop() == null || request.stopsAgentLoop().isNull()
                        ? null : scalar("stopsAgentLoop", request.stopsAgentLoop()))), request.reason());
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create(FLAGS + "/" + key))
                             .eTag(EntityTags.of(version)).body(new FlagResponse(key.value(), version));
    }

    @PutMapping(FLAGS + "/{key}/value")
    ResponseEntity<FlagResponse> setGlobal(@PathVariable String key, @Valid @RequestBody ValueRequest request,
                                           @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch) {
        return set(new FlagKey(key), null, request, ifMatch);
    }

    @PostMapping(FLAGS + "/{key}/value/removal")
    ResponseEntity<FlagResponse> clearGlobal(@PathVariable String key, @Valid @RequestBody ReasonRequest request,
                                             @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch) {
        return clear(new FlagKey(key), null, request, ifMatch);
    }

    @PutMapping(FLAGS + "/{key}/orgs/{orgId}")
    ResponseEntity<FlagResponse> setOverride(@PathVariable String key, @PathVariable String orgId,
                                             @Valid @RequestBody ValueRequest request,
                                             @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch) {
        return set(new FlagKey(key), orgs.require(new OrgId(orgId)), request, ifMatch);
    }

    @PostMapping(FLAGS + "/{key}/orgs/{orgId}/removal")
    ResponseEntity<FlagResponse> clearOverride(@PathVariable String key, @PathVariable String orgId,
                                               @Valid @RequestBody ReasonRequest request,
                                               @RequestHeader(name = IfMatch.HEADER, required = false)
                                               String ifMatch) {
        return clear(new FlagKey(key), new OrgId(orgId), request, ifMatch);
    }

    @PostMapping(FLAGS + "/{key}/retirement")
    ResponseEntity<FlagResponse> retire(@PathVariable String key, @Valid @RequestBody ReasonRequest request,
                                        @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch) {
        FlagKey flag = new FlagKey(key);
        return changed(flag, commands.send(new RetireFlagCommand(flag, IfMatch.expectedVersion(ifMatch)),
                request.reason()));
    }

    /** A change that applies at {@code at} (a durable deadline), cancellable until then. */
    @PostMapping(FLAGS + "/{key}/schedules")
    ResponseEntity<ScheduleResponse> schedule(@PathVariable String key, @Valid @RequestBody ScheduleRequest request,
                                              @RequestHeader(name = IfMatch.HEADER, required = false)
                                              String ifMatch) {
        FlagKey flag = new FlagKey(key);
        boolean hasValue = request.value() != null && !request.value().isNull();
        if (request.clear() == hasValue) {
            throw new InvalidValueException("give either a value to set or \"clear\": true");
        }
        String scheduleId = Identifiers.newValue("sch");
        OrgId org = request.orgId() == null ? null : orgs.require(new OrgId(request.orgId()));
        long version = commands.send(new ScheduleFlagChangeCommand(flag, IfMatch.expectedVersion(ifMatch),
                scheduleId, org, request.clear(), hasValue ? scalar("value", request.value()) : null, request.at()),
                request.reason());
        return ResponseEntity.status(HttpStatus.CREATED).eTag(EntityTags.of(version))
                             .location(URI.create(FLAGS + "/" + flag))
                             .body(new ScheduleResponse(flag.value(), scheduleId, request.at(), version));
    }

    @PostMapping(FLAGS + "/{key}/schedules/{scheduleId}/cancellation")
    ResponseEntity<FlagResponse> cancelSchedule(@PathVariable String key, @PathVariable String scheduleId,
                                                @Valid @RequestBody ReasonRequest request,
                                                @RequestHeader(name = IfMatch.HEADER, required = false)
                                                String ifMatch) {
        FlagKey flag = new FlagKey(key);
        return changed(flag, commands.send(new CancelFlagChangeCommand(flag, IfMatch.expectedVersion(ifMatch),
                scheduleId), request.reason()));
    }

    private ResponseEntity<FlagResponse> set(FlagKey key, OrgId org, ValueRequest request, String ifMatch) {
        return changed(key, commands.send(new SetFlagValueCommand(key, IfMatch.expectedVersion(ifMatch), org,
                scalar("value", request.value())), request.reason()));
    }

    private ResponseEntity<FlagResponse> clear(FlagKey key, OrgId org, ReasonRequest request, String ifMatch) {
        return changed(key, commands.send(new ClearFlagValueCommand(key, IfMatch.expectedVersion(ifMatch), org),
                request.reason()));
    }

    private static ResponseEntity<FlagResponse> changed(FlagKey key, long version) {
        return ResponseEntity.ok().eTag(EntityTags.of(version)).body(new FlagResponse(key.value(), version));
    }

    /** A JSON boolean, number or string as text; the flag's type then decides whether it fits. */
    private static String scalar(String field, JsonNode node) {
        if (node == null || !node.isValueNode() || node.isNull()) {
            throw new InvalidValueException(field + " must be a boolean, a number or a string");
        }
        return node.isTextual() ? node.asText() : node.toString();
    }
}
