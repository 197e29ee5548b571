package com.alumia.admin.app.cli;

import com.alumia.admin.query.audit.chain.ChainKeys;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;

/**
 * {@code chain-key --out <file>}: a new checkpoint signing key, written where the nodes will read it
 * ({@code alumia.chain.key-file}); prints the public key to hand to auditors.
 */
final class ChainKeyCommand {

    private ChainKeyCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err, String usage) {
        if (args.size() != 2 || !args.get(0).equals("--out")) {
            err.println("chain-key: --out <file> is required");
            err.print(usage);
            return 2;
        }
        Path file = Path.of(args.get(1));
        if (Files.exists(file)) {
            err.println("chain-key: " + file + " exists already; a key is never overwritten");
            return 2;
        }
        KeyPair keys = ChainKeys.generate();
        try {
            ChainKeys.write(file, keys);
        } catch (IOException e) {
            err.println("chain-key: cannot write " + file + ": " + e.getMessage());
            return 2;
        }
        out.println("Signing key written to " + file + " (key id " + ChainKeys.keyId(keys.getPublic()) + ").");
        out.println("Public key for auditors:");
        out.print(ChainKeys.publicPem(keys.getPublic()));
        return 0;
    }
}
