package com.alumia.admin.app.cli;

import com.alumia.admin.query.audit.chain.ChainKeys;
import com.alumia.admin.query.audit.chain.ChainReport;
import com.alumia.admin.query.audit.chain.ChainVerifier;
import com.alumia.admin.query.audit.chain.ExportLines;
import com.fasterxml.jackson.core.JsonFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code verify <export.ndjson> --public-key <file>}: recomputes the hash chain of an export of the event log and
 * checks every signed checkpoint with the given public keys. Needs nothing but the export and the keys.
 */
final class VerifyCommand {

    private VerifyCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err, String usage) {
        Path export = null;
        List<Path> keyFiles = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--public-key") && i + 1 < args.size()) {
                keyFiles.add(Path.of(args.get(++i)));
            } else if (!arg.startsWith("--") && export == null) {
                export = Path.of(arg);
            } else {
                err.println("verify: unexpected " + arg);
                err.print(usage);
                return 2;
            }
        }
        if (export == null || keyFiles.isEmpty()) {
            err.println("verify: an export file and at least one --public-key are required");
            err.print(usage);
            return 2;
        }
        Map<String, PublicKey> keys = new HashMap<>();
        for (Path file : keyFiles) {
            try {
                PublicKey key = ChainKeys.publicKey(Files.readString(file, StandardCharsets.UTF_8))
                        .orElseThrow(() -> new IllegalArgumentException("no PUBLIC KEY block"));
                keys.put(ChainKeys.keyId(key), key);
            } catch (IOException | IllegalArgumentException e) {
                err.println("verify: cannot read the public key " + file + ": " + e.getMessage());
                return 2;
            }
        }
        ChainVerifier verifier = new ChainVerifier(keys, false);
        JsonFactory json = new JsonFactory();
        try (BufferedReader reader = Files.newBufferedReader(export, StandardCharsets.UTF_8)) {
            String line;
            long number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                ExportLines.Line parsed;
                try {
                    parsed = ExportLines.read(json, line);
                } catch (IllegalArgumentException e) {
                    out.println(export + ": BROKEN at line " + number + ": not a line of an export (" + e.getMessage()
                                + ")");
                    return 1;
                }
                if (!verifier.accept(parsed)) {
                    break;
                }
            }
        } catch (IOException e) {
            err.println("verify: cannot read " + export + ": " + e.getMessage());
            return 2;
        }
        ChainReport report = verifier.report();
        print(export, report, out);
        return report.intact() ? 0 : 1;
    }

    private static void print(Path export, ChainReport report, PrintStream out) {
        ChainReport.Break broken = report.firstBreak();
        if (broken != null) {
            out.println(export + ": BROKEN at position " + broken.position() + " (" + broken.problem() + ")");
            out.println("  " + broken.detail());
            if (broken.recorded() != null) {
                out.println("  recorded link: " + broken.recorded());
            }
            if (broken.computed() != null) {
                out.println("  computed link: " + broken.computed());
            }
            out.println("  intact before it: events after position " + report.from() + ": " + report.events()
                        + "; signed checkpoints: " + report.checkpoints());
            return;
        }
        out.println(export + ": intact");
        out.println("  events chained after position " + report.from() + " up to " + report.to() + ": "
                    + report.events() + "; signed checkpoints verified: " + report.checkpoints());
        if (report.lastSignedPosition() == null) {
            out.println("  WARNING: no signed checkpoint covers these events");
        } else if (report.eventsAfterLastSigned() > 0) {
            out.println("  " + report.eventsAfterLastSigned() + " events after the last checkpoint ("
                        + report.lastSignedPosition() + ") are consistent but not yet signed");
        }
        if (report.unchainedEvents() > 0) {
            out.println("  " + report.unchainedEvents() + " events at the end were not chained yet when exported");
        }
    }
}
