package com.alumia.admin.query.common;

import com.alumia.admin.api.audit.AuditMetadata;
import com.alumia.admin.api.common.Identifiers;
import com.alumia.admin.api.common.InvalidValueException;
import com.alumia.admin.api.export.FinishExportCommand;
import com.alumia.admin.api.export.StartExportCommand;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Downloads of view rows as CSV or NDJSON, streamed page by page so their size does not matter, and audited: an
 * export event before the first row (what, in which format, with which filter, and the operator's reason) and one
 * after the last with the row and byte counts and whether it ran to the end. {@code X-Total-Rows} tells a client
 * how far along it is; {@code X-Export-Id} names the export's audit trail.
 */
@Component
public class AuditedExports {

    private final CommandGateway commands;
    private final ObjectMapper json = new ObjectMapper();

    AuditedExports(CommandGateway commands) {
        this.commands = commands;
    }

    /**
     * A column of an export: its CSV header and NDJSON field, and its value from a row in each (a text, a number, an
     * instant or a timestamp column as the driver gives it, or null). The two values differ where a spreadsheet
     * reads a formatted figure best and a program the exact number (dollars in CSV, micro-dollars in NDJSON).
     */
    public record Column(String csv, String json, Function<Map<String, Object>, Object> csvValue,
                         Function<Map<String, Object>, Object> jsonValue) {

        public static Column of(String csv, String json, String dbColumn) {
            return new Column(csv, json, row -> row.get(dbColumn), row -> row.get(dbColumn));
        }
    }

    /**
     * One export. {@code pages} answers the page after the given last row (null for the first); an empty or short
     * page ends the export.
     */
    public record Export(String kind, String format, Map<String, String> filter, String reason, String filename,
                         long total, List<Column> columns, int pageSize,
                         Function<Map<String, Object>, List<Map<String, Object>>> pages) {
    }

    /** The format checked: csv or ndjson. */
    public static String format(String format) {
        if (!format.equals("csv") && !format.equals("ndjson")) {
            throw new InvalidValueException("format is csv or ndjson");
        }
        return format;
    }

    /** The operator's reason checked: every export gives one. */
    public static String reason(String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 2_000) {
            throw new InvalidValueException("an export gives its reason (at most 2,000 characters)");
        }
        return reason.strip();
    }

    public void stream(Export export, HttpServletResponse response) throws IOException {
        boolean csv = format(export.format()).equals("csv");
        String reason = reason(export.reason());
        String exportId = Identifiers.newValue("ex");
        commands.sendAndWait(new GenericCommandMessage<>(new StartExportCommand(exportId, export.kind(),
                export.format(), export.filter()), MetaData.with(AuditMetadata.REASON, reason)));
        response.setStatus(200);
        response.setContentType(csv ? "text/csv;charset=UTF-8" : "application/x-ndjson");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + export.filename() + "." + export.format()
                                                  + "\"");
        response.setHeader("X-Total-Rows", String.valueOf(export.total()));
        response.setHeader("X-Export-Id", exportId);
        CountingStream out = new CountingStream(response.getOutputStream());
        long rows = 0;
        boolean complete = false;
        try {
            if (csv) {
                out.write(String.join(",", export.columns().stream().map(Column::csv).toList()) + "\n");
            }
            Map<String, Object> last = null;
            while (true) {
                List<Map<String, Object>> page = export.pages().apply(last);
                for (Map<String, Object> row : page) {
                    out.write(csv ? csvLine(export.columns(), row) : jsonLine(export.columns(), row));
                    rows++;
                }
                out.flush();
                if (page.size() < export.pageSize()) {
                    break;
                }
                last = page.get(page.size() - 1);
            }
            complete = true;
        } finally {
            commands.sendAndWait(new GenericCommandMessage<>(new FinishExportCommand(exportId, rows, out.count,
                    complete), MetaData.with(AuditMetadata.REASON, reason)));
        }
    }

    private static String csvLine(List<Column> columns, Map<String, Object> row) {
        return String.join(",", columns.stream().map(c -> csv(plain(c.csvValue().apply(row)))).toList()) + "\n";
    }

    private String jsonLine(List<Column> columns, Map<String, Object> row) throws IOException {
        ObjectNode line = json.createObjectNode();
        for (Column column : columns) {
            Object value = plain(column.jsonValue().apply(row));
            if (value == null) {
                line.putNull(column.json());
            } else if (value instanceof Long || value instanceof Integer) {
                line.put(column.json(), ((Number) value).longValue());
            } else if (value instanceof Number number) {
                line.put(column.json(), number.doubleValue());
            } else if (value instanceof Boolean flag) {
                line.put(column.json(), flag);
            } else {
                line.put(column.json(), value.toString());
            }
        }
        return json.writeValueAsString(line) + "\n";
    }

    /** Timestamps as ISO instants, the same from PostgreSQL (a Timestamp) and H2 (an OffsetDateTime). */
    private static Object plain(Object value) {
        if (value instanceof OffsetDateTime at) {
            return at.toInstant().toString();
        }
        if (value instanceof java.sql.Timestamp at) {
            return at.toInstant().toString();
        }
        if (value instanceof Instant at) {
            return at.toString();
        }
        return value;
    }

    /** A CSV field: quoted when it holds a comma, a quote or a line break; a leading = + - @ is defused. */
    public static String csv(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    private static final class CountingStream {

        private final OutputStream out;
        private long count;

        CountingStream(OutputStream out) {
            this.out = out;
        }

        void write(String text) throws IOException {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            out.write(bytes);
            count += bytes.length;
        }

        void flush() throws IOException {
            out.flush();
        }
    }
}
