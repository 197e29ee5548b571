package com.alumia.admin.query.audit;

import com.alumia.admin.api.audit.AuditEntry;
import com.alumia.admin.api.audit.AuditMetadata;
import com.alumia.admin.api.common.AuditActions;
import com.alumia.admin.query.common.IsoInstants;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.Revision;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an event message as an audit entry. The audit projection and every "history" view use this one reading,
 * so that the trail and the history of an item can never disagree.
 */
@Component
public class AuditEntries {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final ObjectMapper objectMapper;
    private final Serializer eventSerializer;

    AuditEntries(ObjectMapper objectMapper, @Qualifier("eventSerializer") Serializer eventSerializer) {
        this.objectMapper = objectMapper;
        this.eventSerializer = eventSerializer;
    }

    /**
     * The payload as the log holds it (after upcasting), without deserializing the event: an event read from the
     * store hands back its stored bytes. What auditors see is what was written.
     */
    String payloadJson(EventMessage<?> message) {
        return message.serializePayload(eventSerializer, String.class).getData();
    }

    public AuditEntry from(EventMessage<?> message, Long position) {
        return from(message, position, parsePayload(payloadJson(message)));
    }

    /**
     * The entry without its payload (an empty map), for the audit projection: it stores the payload as written and
     * needs only its org ({@link #orgNamedIn}), which a scan finds without building the whole payload as a map.
     */
    AuditEntry withoutPayload(EventMessage<?> message, Long position) {
        return from(message, position, Map.of());
    }

    private AuditEntry from(EventMessage<?> message, Long position, Map<String, Object> payload) {
        MetaData meta = message.getMetaData();
        AuditEntry.Aggregate aggregate = message instanceof DomainEventMessage<?> domain
                && domain.getType() != null
                ? new AuditEntry.Aggregate(domain.getType().toLowerCase(Locale.ROOT),
                                           domain.getAggregateIdentifier(), domain.getSequenceNumber())
                : null;
        return new AuditEntry(
                position,
                message.getIdentifier(),
                AuditActions.of(message.getPayloadType()),
                aggregate,
                message.getTimestamp(),
                new AuditEntry.Actor(text(meta, AuditMetadata.ACTOR), list(meta, AuditMetadata.ACTOR_ROLES),
                                     text(meta, AuditMetadata.ACTOR_ORG)),
                new AuditEntry.StepUp(instant(meta, AuditMetadata.AUTH_TIME),
                                      number(meta, AuditMetadata.STEP_UP_AGE_SECONDS),
                                      text(meta, AuditMetadata.ACR), list(meta, AuditMetadata.AMR)),
                new AuditEntry.RequestInfo(text(meta, AuditMetadata.REQUEST_ID),
                                           text(meta, AuditMetadata.CLIENT_ADDRESS),
                                           text(meta, AuditMetadata.USER_AGENT)),
                text(meta, AuditMetadata.REASON),
                text(meta, AuditMetadata.IDEMPOTENCY_KEY),
                message.getPayloadType().getName(),
                revisionOf(message.getPayloadType()),
                payload);
    }

    /**
     * The org a payload names at its top level: {@code "orgId": "..."} or, as a typed id, {@code "orgId": {"value":
     * "..."}}; null when it names none. Read with the streaming parser, skipping everything else.
     */
    String orgNamedIn(String json) {
        try (JsonParser parser = objectMapper.getFactory().createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (!"orgId".equals(field)) {
                    parser.skipChildren();
                } else if (value == JsonToken.START_OBJECT) {
                    return valueField(parser);
                } else {
                    return value.isScalarValue() && value != JsonToken.VALUE_NULL ? parser.getText() : null;
                }
            }
            return null;
        } catch (IOException e) {
            throw new IllegalStateException("stored audit payload is not JSON", e);
        }
    }

    /** The {@code value} field of the object the parser has just entered. */
    private static String valueField(JsonParser parser) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if ("value".equals(field) && value.isScalarValue() && value != JsonToken.VALUE_NULL) {
                return parser.getText();
            }
            parser.skipChildren();
        }
        return null;
    }

    Map<String, Object> parsePayload(String json) {
        try {
            return objectMapper.readValue(json, MAP);
        } catch (Exception e) {
            throw new IllegalStateException("stored audit payload is not JSON", e);
        }
    }

    private static String revisionOf(Class<?> type) {
        Revision revision = type.getAnnotation(Revision.class);
        return revision == null ? null : revision.value();
    }

    private static String text(MetaData meta, String key) {
        Object value = meta.get(key);
        return value == null ? null : value.toString();
    }

    private static Long number(MetaData meta, String key) {
        Object value = meta.get(key);
        if (value instanceof Number n) {
            return n.longValue();
        }
        return value == null ? null : Long.valueOf(value.toString());
    }

    private static Instant instant(MetaData meta, String key) {
        Object value = meta.get(key);
        return value == null ? null : IsoInstants.parse(value.toString());
    }

    private static List<String> list(MetaData meta, String key) {
        Object value = meta.get(key);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> items) {
            return items.stream().map(Object::toString).toList();
        }
        return Arrays.stream(value.toString().split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
