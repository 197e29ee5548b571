package com.alumia.admin.query.runtime;

import com.alumia.admin.api.common.EntityTags;
import com.alumia.admin.api.common.OrgId;
import com.alumia.admin.api.runtime.FindFlagQuery;
import com.alumia.admin.api.runtime.FindFlagsQuery;
import com.alumia.admin.api.runtime.FlagDetail;
import com.alumia.admin.api.runtime.FlagKey;
import com.alumia.admin.api.runtime.FlagList;
import com.alumia.admin.api.runtime.ResolveControlsQuery;
import com.alumia.admin.api.runtime.ResolvedControls;
import com.alumia.admin.query.common.NotFoundException;
import com.alumia.admin.query.common.Queries;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.time.Instant;

/**
 * The flag registry for operators (/admin/runtime), and the resolved controls for operators and for the agent-loop
 * runtime itself.
 */
@RestController
class RuntimeQueryController {

    private final Queries queries;
    private final ControlsPush push;

    RuntimeQueryController(Queries queries, ControlsPush push) {
        this.queries = queries;
        this.push = push;
    }

    @GetMapping("/api/v1/admin/runtime/flags")
    FlagList flags(@RequestParam(defaultValue = "false") boolean includeRetired) {
        return queries.ask(new FindFlagsQuery(includeRetired), FlagList.class);
    }

    @GetMapping("/api/v1/admin/runtime/flags/{key}")
    ResponseEntity<FlagDetail> flag(@PathVariable String key) {
        FlagDetail detail = queries.askOptional(new FindFlagQuery(new FlagKey(key)), FlagDetail.class)
                                   .orElseThrow(() -> new NotFoundException("flag", key));
        return ResponseEntity.ok().eTag(EntityTags.of(detail.summary().version())).body(detail);
    }

    /**
     * Every active flag's value for the org, with the layer that decided it; with {@code asOf}, as the agent loop
     * saw them at that instant (from the flags' events, not the live registry).
     */
    @GetMapping("/api/v1/admin/runtime/controls")
    ResolvedControls controls(@RequestParam String orgId, @RequestParam(required = false) Instant asOf) {
        return queries.ask(new ResolveControlsQuery(new OrgId(orgId), asOf), ResolvedControls.class);
    }

    /**
     * The agent-loop runtime's read: the same controls with an {@code ETag}, so that a runtime polling with
     * {@code If-None-Match} gets a {@code 304} and no body until something changes.
     */
    @GetMapping("/api/v1/runtime/controls")
    ResponseEntity<ResolvedControls> runtimeControls(@RequestParam String orgId,
                                                     @RequestHeader(name = "If-None-Match", required = false)
                                                     String ifNoneMatch) {
        ResolvedControls controls = queries.ask(new ResolveControlsQuery(new OrgId(orgId)), ResolvedControls.class);
        String etag = "\"" + controls.fingerprint() + "\"";
        if (ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.strip().equals("*"))) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(CacheControl.noCache())
                                 .build();
        }
        return ResponseEntity.ok().eTag(etag).cacheControl(CacheControl.noCache()).body(controls);
    }

    /**
     * The runtime's push: server-sent {@code controls} events, the first at once, then one whenever the org's
     * controls change (a kill switch arrives within about a second), with the fingerprint as the event id.
     */
    @GetMapping(path = "/api/v1/runtime/controls/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter runtimeControlsStream(@RequestParam String orgId) {
        return push.listen(new OrgId(orgId));
    }
}
