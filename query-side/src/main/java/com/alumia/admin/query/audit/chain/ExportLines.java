package com.alumia.admin.query.audit.chain;

import com.alumia.admin.query.audit.EventLog.StoredEvent;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The lines of the auditors' NDJSON export, written by the export endpoint and read back by the {@code verify}
 * command. An event line carries the stored event, its metadata and payload as the stored JSON bytes, and its chain
 * link ({@code chain}, absent while the chain has not reached it). A checkpoint line follows the event it covers;
 * the anchor line opens an export with the link it continues from.
 */
public final class ExportLines {

    public sealed interface Line permits EventLine, CheckpointLine, AnchorLine, MissingLine {
    }

    /** @param link null when the event is not chained yet */
    public record EventLine(StoredEvent event, byte[] link) implements Line {
    }

    public record CheckpointLine(Checkpoint checkpoint) implements Line {
    }

    /** The chain's link at {@code position}, from which the export's first link follows. */
    public record AnchorLine(long position, byte[] link) implements Line {
    }

    /**
     * A link recorded for a position where the log has no event: seen when the store is verified, never written.
     */
    public record MissingLine(long position, byte[] link) implements Line {
    }

    private ExportLines() {
    }

    public static void write(JsonGenerator json, Line line) {
        try {
            if (line instanceof MissingLine) {
                return;
            }
            json.setRootValueSeparator(null);
            json.writeStartObject();
            if (line instanceof EventLine e) {
                writeEvent(json, e);
            } else if (line instanceof CheckpointLine c) {
                writeCheckpoint(json, c.checkpoint());
            } else if (line instanceof AnchorLine a) {
                json.writeObjectFieldStart("anchor");
                json.writeNumberField("position", a.position());
                json.writeStringField("link", HashChain.hex(a.link()));
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeEvent(JsonGenerator json, EventLine line) throws IOException {
        StoredEvent event = line.event();
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
        json.writeRawValue(new String(event.metadataOrEmpty(), StandardCharsets.UTF_8));
        json.writeFieldName("payload");
        json.writeRawValue(new String(event.payload(), StandardCharsets.UTF_8));
        if (line.link() != null) {
            json.writeStringField("chain", HashChain.hex(line.link()));
        }
    }

    private static void writeCheckpoint(JsonGenerator json, Checkpoint checkpoint) throws IOException {
        json.writeObjectFieldStart("checkpoint");
        json.writeNumberField("position", checkpoint.position());
        json.writeStringField("link", HashChain.hex(checkpoint.link()));
        json.writeStringField("signedAt", checkpoint.signedAt());
        json.writeStringField("keyId", checkpoint.keyId());
        json.writeStringField("signature", Base64.getEncoder().encodeToString(checkpoint.signature()));
        json.writeEndObject();
    }

    /**
     * Reads one line of an export. Metadata and payload are taken as the exact text of their JSON values in the
     * line, which is what the chain covers.
     *
     * @throws IllegalArgumentException when the line is not one of ours
     */
    public static Line read(JsonFactory factory, String text) {
        try (JsonParser p = factory.createParser(text)) {
            p.nextToken();
            Fields line = Fields.of(p, text, "a line");
            if (line.anchor != null) {
                Fields a = line.anchor;
                expect(a.position != null && a.link != null, "an anchor has position and link");
                return new AnchorLine(a.position, a.link);
            }
            if (line.checkpoint != null) {
                Fields c = line.checkpoint;
                expect(c.position != null && c.link != null && c.signedAt != null && c.keyId != null
                       && c.signature != null, "a checkpoint has position, link, signedAt, keyId and signature");
                return new CheckpointLine(new Checkpoint(c.position, c.link, c.signedAt, c.keyId, c.signature));
            }
            expect(line.position != null && line.eventId != null && line.type != null && line.timestamp != null
                   && line.payload != null, "an event line has position, eventId, type, timestamp and payload");
            Fields aggregate = line.aggregate == null ? new Fields() : line.aggregate;
            return new EventLine(new StoredEvent(line.position, line.eventId, line.type, line.revision,
                    aggregate.type, aggregate.id, aggregate.sequence, line.timestamp, line.metadata, line.payload),
                    line.link);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fields of an export line or of an object in it; unknown fields are skipped. */
    private static final class Fields {
        Long position;
        String eventId;
        String type;
        String revision;
        String id;
        Long sequence;
        String timestamp;
        byte[] metadata;
        byte[] payload;
        byte[] link;
        String signedAt;
        String keyId;
        byte[] signature;
        Fields aggregate;
        Fields anchor;
        Fields checkpoint;

        /** Reads the object the parser is at, or null for a JSON null. */
        static Fields of(JsonParser p, String text, String what) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_NULL) {
                return null;
            }
            expect(p.currentToken() == JsonToken.START_OBJECT, what + " is a JSON object");
            Fields f = new Fields();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "position" -> f.position = p.getLongValue();
                    case "sequence" -> f.sequence = p.getLongValue();
                    case "eventId" -> f.eventId = p.getValueAsString();
                    case "type" -> f.type = p.getValueAsString();
                    case "revision" -> f.revision = p.getValueAsString();
                    case "id" -> f.id = p.getValueAsString();
                    case "timestamp" -> f.timestamp = p.getValueAsString();
                    case "signedAt" -> f.signedAt = p.getValueAsString();
                    case "keyId" -> f.keyId = p.getValueAsString();
                    case "chain", "link" -> f.link = HashChain.link(p.getValueAsString());
                    case "signature" -> f.signature = Base64.getDecoder().decode(p.getValueAsString());
                    case "metadata" -> f.metadata = raw(p, text);
                    case "payload" -> f.payload = raw(p, text);
                    case "aggregate" -> f.aggregate = of(p, text, name);
                    case "anchor" -> f.anchor = of(p, text, name);
                    case "checkpoint" -> f.checkpoint = of(p, text, name);
                    default -> p.skipChildren();
                }
            }
            return f;
        }
    }

    /** The exact text of the current value, as UTF-8 bytes. */
    private static byte[] raw(JsonParser p, String text) throws IOException {
        int start = (int) p.currentTokenLocation().getCharOffset();
        if (p.currentToken().isStructStart()) {
            p.skipChildren();
        } else {
            p.getText();
        }
        int end = (int) p.currentLocation().getCharOffset();
        return text.substring(start, end).getBytes(StandardCharsets.UTF_8);
    }

    private static void expect(boolean condition, String rule) {
        if (!condition) {
            throw new IllegalArgumentException(rule);
        }
    }
}
