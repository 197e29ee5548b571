package com.alumia.admin.query.common;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Many rows of one plain insert sent to PostgreSQL as {@code COPY ... FROM STDIN} in its text format. A rebuild's
 * inserts as a JDBC batch cost the app a bind per value and the server a statement of thousands of parameters to
 * parse and plan; both were about half of a replaying processor's time in a profile of bench/run. COPY has the app
 * write one line of text a row and the server read it.
 * <p>
 * Only {@code INSERT INTO t (columns) VALUES (?, ...)} with a parameter a column qualifies (no {@code ON CONFLICT}
 * or anything else COPY cannot do), and only rows whose values are all of the types {@link #format} knows; anything
 * else is left to the JDBC batch, with nothing sent.
 */
final class CopyRows {

    private static final Pattern PLAIN_INSERT = Pattern.compile(
            "\\s*INSERT\\s+INTO\\s+([A-Za-z_][\\w.]*)\\s*\\(([\\w\\s,]+)\\)\\s*VALUES\\s*\\(([?\\s,]+)\\)\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, Optional<String>> COPY_OF = new ConcurrentHashMap<>();
    private static final HexFormat HEX = HexFormat.of();

    private CopyRows() {
    }

    /** The COPY that does what {@code insert} does, if it is a plain insert of one row of parameters. */
    static Optional<String> copyOf(String insert) {
        return COPY_OF.computeIfAbsent(insert, CopyRows::translate);
    }

    private static Optional<String> translate(String insert) {
        Matcher m = PLAIN_INSERT.matcher(insert);
        if (!m.matches()) {
            return Optional.empty();
        }
        String[] columns = m.group(2).trim().split("\\s*,\\s*");
        String[] parameters = m.group(3).trim().split("\\s*,\\s*");
        if (columns.length != parameters.length || !Arrays.stream(parameters).allMatch("?"::equals)) {
            return Optional.empty();
        }
        return Optional.of("COPY " + m.group(1) + " (" + String.join(", ", columns) + ") FROM STDIN");
    }

    /**
     * Sends {@code rows} through {@code copy} on {@code connection}, in its transaction. False, with nothing sent,
     * when the connection is not PostgreSQL's or a value is of a type this does not write.
     */
    static boolean write(Connection connection, String copy, List<Object[]> rows) throws SQLException {
        if (!connection.isWrapperFor(PGConnection.class)) {
            return false;
        }
        // An audit row is about 700 characters; a builder that grows copies all it has each time.
        StringBuilder text = new StringBuilder(rows.size() * 768);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    text.append('\t');
                }
                if (!format(row[i], text)) {
                    return false;
                }
            }
            text.append('\n');
        }
        byte[] data = text.toString().getBytes(StandardCharsets.UTF_8);
        CopyIn in = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copy);
        try {
            in.writeToCopy(data, 0, data.length);
            long written = in.endCopy();
            if (written != rows.size()) {
                throw new SQLException("COPY wrote " + written + " rows of " + rows.size());
            }
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
        return true;
    }

    /** One value in COPY's text format; false for a type it does not write. */
    static boolean format(Object value, StringBuilder text) {
        if (value == null) {
            text.append("\\N");
        } else if (value instanceof String s) {
            escape(s, text);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short
                   || value instanceof Byte) {
            text.append(((Number) value).longValue());
        } else if (value instanceof BigInteger) {
            text.append(value);
        } else if (value instanceof BigDecimal d) {
            text.append(d.toPlainString());
        } else if (value instanceof Boolean b) {
            text.append(b ? 't' : 'f');
        } else if (value instanceof OffsetDateTime t) {
            // In UTC with the offset written, so the server reads the instant whatever the session's time zone.
            return timestamp(t.withOffsetSameInstant(ZoneOffset.UTC), text);
        } else if (value instanceof Instant t) {
            return timestamp(t.atOffset(ZoneOffset.UTC), text);
        } else if (value instanceof byte[] bytes) {
            text.append("\\\\x");
            HEX.formatHex(text, bytes);
        } else {
            return false;
        }
        return true;
    }

    /**
     * Backslash, tab, newline and carriage return are what the text format gives a meaning; each is escaped. A value
     * without them, most text, is appended whole, found so by the vectorised {@link String#indexOf(int)} (a loop
     * over the characters was a fifth of a replaying audit processor's time).
     */
    private static void escape(String s, StringBuilder text) {
        if (s.indexOf('\\') < 0 && s.indexOf('\t') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            text.append(s);
            return;
        }
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
                text.append(s, from, i).append('\\').append(switch (c) {
                    case '\t' -> 't';
                    case '\n' -> 'n';
                    case '\r' -> 'r';
                    default -> '\\';
                });
                from = i + 1;
            }
        }
        text.append(s, from, s.length());
    }

    /** {@code uuuu-MM-dd HH:mm:ss.SSSSSS+00}, written field by field (a DateTimeFormatter was a tenth of the time). */
    private static boolean timestamp(OffsetDateTime utc, StringBuilder text) {
        int year = utc.getYear();
        if (year < 1 || year > 9999) {
            return false;
        }
        pad(text, year, 4).append('-');
        pad(text, utc.getMonthValue(), 2).append('-');
        pad(text, utc.getDayOfMonth(), 2).append(' ');
        pad(text, utc.getHour(), 2).append(':');
        pad(text, utc.getMinute(), 2).append(':');
        pad(text, utc.getSecond(), 2).append('.');
        pad(text, utc.getNano() / 1_000, 6).append("+00");
        return true;
    }

    private static StringBuilder pad(StringBuilder text, int value, int digits) {
        for (int limit = 10, i = 1; i < digits; i++, limit *= 10) {
            if (value < limit) {
                text.append('0');
            }
        }
        return text.append(value);
    }
}
