package com.alumia.admin.query.audit;

import com.alumia.admin.api.common.InvalidValueException;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The raw log for auditors: NDJSON, one stored event per line in global order, streamed as it is read. Resume with
 * {@code after} set to the last {@code position} received.
 */
@RestController
class EventStreamController {

    static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");
    private static final int MAX_LIMIT = 1_000_000;

    private final EventLog log;
    private final ObjectMapper objectMapper;

    EventStreamController(EventLog log, ObjectMapper objectMapper) {
        this.log = log;
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
                log.readAfter(after, limit, event -> write(json, event));
            }
        };
        return ResponseEntity.ok().contentType(NDJSON).body(body);
    }

    private static void write(JsonGenerator json, EventLog.StoredEvent event) {
        try {
            json.writeStartObject();
            json.writeNumberField("position", event.position());
            json.writeStringField("eventId", event.eventId());
            json.writeStringField("type", event.payloadType());
            json.writeStringField("revision", event.payloadRevision());
            if (event.aggregateType() != null) {
                json.writeObjectFieldStart("aggregate");
                json.writeStringField("type", event.aggregateType());
                json.writeStringField("id", event.aggregateId());
                json.writeNumberField("sequence", event.sequence());
                json.writeEndObject();
            } else {
                json.writeNullField("aggregate");
            }
            json.writeStringField("timestamp", event.timestamp());
            json.writeFieldName("metadata");
            json.writeRawValue(event.metadata() == null ? "{}"
                    : new String(event.metadata(), StandardCharsets.UTF_8));
            json.writeFieldName("payload");
            json.writeRawValue(new String(event.payload(), StandardCharsets.UTF_8));
            json.writeEndObject();
            json.writeRaw('\n');
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
