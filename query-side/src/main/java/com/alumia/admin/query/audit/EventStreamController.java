package com.alumia.admin.query.audit;

import com.alumia.admin.api.common.InvalidValueException;
import com.alumia.admin.query.audit.chain.ChainedLog;
import com.alumia.admin.query.audit.chain.ExportLines;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;


/**
 * The raw log for auditors: NDJSON, one stored event per line in global order with its chain link, each signed
 * checkpoint after the event it covers, and first an anchor line with the link the export continues from (see
 * {@link ExportLines}); streamed as it is read. Resume with {@code after} set to the last {@code position}
 * received.
 */
@RestController
class EventStreamController {

    static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");
    private static final int MAX_LIMIT = 1_000_000;

    private final ChainedLog chainedLog;
    private final ObjectMapper objectMapper;

    EventStreamController(ChainedLog chainedLog, ObjectMapper objectMapper) {
        this.chainedLog = chainedLog;
        this.objectMapper = objectMapper;
    }

    @GetMapping("/api/v1/admin/events")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(defaultValue = "0") long after,
                                                 @RequestParam(defaultValue = "10000") int limit) {
        if (after < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidValueException("after must be 0 or more and limit between 1 and " + MAX_LIMIT);
        }
        StreamingResponseBody body = out -> {
            try (JsonGenerator json = objectMapper.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
                chainedLog.lines(after, limit, Long.MAX_VALUE, line -> ExportLines.write(json, line));
            }
        };
        return ResponseEntity.ok().contentType(NDJSON).body(body);
    }
}
