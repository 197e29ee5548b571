package com.alumia.admin.command.feedback;

import com.alumia.admin.api.feedback.ProbeClass;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Short stable hashes that group what an operator would triage once: every variant of one probe in a burst, every
 * copy of one report. The input to the hash starts with its kind, so a probe and a report never share one.
 */
final class Fingerprints {

    private static final int HEX_CHARS = 16;
    private static final int MAX_SHAPED_CHARS = 256;

    private static final Pattern COMMENT = Pattern.compile("/\\*[^*]{0,64}\\*/");
    private static final Pattern HEX_LITERAL = Pattern.compile("0x[0-9a-f]+");
    private static final Pattern RANDOM_TOKEN = Pattern.compile("\\b(?=\\w{0,64}\\d)(?=\\w{0,64}[a-z])\\w{6,}\\b");
    private static final Pattern QUOTED_WORD =
            Pattern.compile("(?<=['\"`])[\\w%@.-]{1,20}|[\\w%@.-]{1,20}(?=['\"`])");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern REPEATED = Pattern.compile("(.{1,8}?)\\1+", Pattern.DOTALL);

    private static final Pattern REPORT_NUMBER = Pattern.compile("\\p{N}+");
    private static final Pattern REPORT_PUNCTUATION = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Fingerprints() {
    }

    /**
     * From the family, the rules and the shape of each matched payload. Fuzz matches beside a real payload are
     * padding and left out; a fuzz-only probe is grouped by its strongest rule, since its bytes are random.
     */
    static String probe(ProbeClass probeClass, List<RuleHit> strongestFirst) {
        Set<String> rules = new TreeSet<>();
        Set<String> shapes = new TreeSet<>();
        for (RuleHit hit : strongestFirst) {
            if (!hit.rule().isFuzz()) {
                rules.add(hit.rule().id());
                shapes.add(shape(hit.found().matched()));
            }
        }
        if (rules.isEmpty() && !strongestFirst.isEmpty()) {
            rules.add(strongestFirst.get(0).rule().id());
        }
        return hash("probe|" + probeClass + "|" + String.join(",", rules) + "|" + String.join("|", shapes));
    }

    /** From the words of the report, numbers masked, so "500 error at 10:42" and "500 error at 11:03" group. */
    static String report(String foldedText) {
        String text = REPORT_NUMBER.matcher(foldedText.replace('\u2019', '\'')).replaceAll("0");
        text = REPORT_PUNCTUATION.matcher(text).replaceAll(" ").strip();
        return hash("report|" + text);
    }

    /**
     * The payload with its noise masked: comments, hex literals, random tokens, words inside quotes and numbers;
     * then spacing and repetition dropped, so {@code ' OR 1=1--} and {@code ' or 5=5 --} have one shape and
     * {@code ../../../} and {@code ../../} another.
     */
    static String shape(String matched) {
        String s = matched.length() > MAX_SHAPED_CHARS ? matched.substring(0, MAX_SHAPED_CHARS) : matched;
        s = COMMENT.matcher(s).replaceAll(" ");
        s = HEX_LITERAL.matcher(s).replaceAll("0x");
        s = RANDOM_TOKEN.matcher(s).replaceAll("~");
        s = QUOTED_WORD.matcher(s).replaceAll("");
        s = DIGITS.matcher(s).replaceAll("0");
        s = WHITESPACE.matcher(s).replaceAll("");
        return REPEATED.matcher(s).replaceAll("$1");
    }

    private static String hash(String input) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(input.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HEX_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime ships SHA-256", e);
        }
    }
}
