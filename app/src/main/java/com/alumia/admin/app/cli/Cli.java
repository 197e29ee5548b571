package com.alumia.admin.app.cli;

import com.alumia.admin.app.security.LocalIssuer;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The jar's command-line tools. {@code token} mints a bearer token with the embedded default's local issuer, so an
 * operator can call the API without an identity provider; {@code verify} checks an export of the event log offline
 * ({@link VerifyCommand}); {@code chain-key} makes a checkpoint signing key.
 */
public final class Cli {

    private static final String USAGE = """
            usage: java -jar alumia-admin.jar token --subject <sub> --role <role> [--role <role> ...]
                     [--org <org id>] [--auth-age <duration, e.g. 30s>] [--acr <acr>] [--amr <method> ...]
                     [--ttl <duration, default 1h>] [--key <key file, default ./data/issuer/signing-key.json>]
                     [--issuer <issuer, default alumia-local>]
              roles: admin, super_admin, ingest (or any service role)
              destructive actions need super_admin with --auth-age under 5m and --acr urn:alumia:acr:mfa (or --amr mfa)
           java -jar alumia-admin.jar verify <export.ndjson> --public-key <file> [--public-key <file> ...]
              checks the hash chain and the signed checkpoints of an export; exit 0 intact, 1 broken, 2 unusable
           java -jar alumia-admin.jar chain-key --out <file>
              makes an Ed25519 checkpoint signing key (private and public key, PEM) and prints its public key
            """;

    private Cli() {
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && List.of("token", "verify", "chain-key", "help", "--help").contains(args[0]);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> rest = List.of(args).subList(1, args.length);
        switch (args[0]) {
            case "verify" -> {
                return VerifyCommand.run(rest, out, err, USAGE);
            }
            case "chain-key" -> {
                return ChainKeyCommand.run(rest, out, err, USAGE);
            }
            case "token" -> {
                return token(rest, out, err);
            }
            default -> {
                out.print(USAGE);
                return 0;
            }
        }
    }

    private static int token(List<String> args, PrintStream out, PrintStream err) {
        try {
            TokenOptions options = TokenOptions.parse(args);
            LocalIssuer issuer = LocalIssuer.loadOrCreate(options.keyFile, options.issuer);
            out.println(issuer.mint(new LocalIssuer.TokenRequest(options.subject, options.roles, options.org,
                    options.authAge, options.acr, options.amr, options.ttl, "roles", "org_id")));
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("token: " + e.getMessage());
            err.print(USAGE);
            return 2;
        }
    }

    private static final class TokenOptions {
        String subject;
        final List<String> roles = new ArrayList<>();
        String org;
        Duration authAge = Duration.ZERO;
        String acr;
        final List<String> amr = new ArrayList<>();
        Duration ttl = Duration.ofHours(1);
        Path keyFile = Path.of("./data/issuer/signing-key.json");
        String issuer = "alumia-local";

        static TokenOptions parse(List<String> args) {
            TokenOptions o = new TokenOptions();
            for (int i = 0; i < args.size(); i++) {
                String flag = args.get(i);
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException(flag + " needs a value");
                }
                String value = args.get(++i);
                switch (flag) {
                    case "--subject" -> o.subject = value;
                    case "--role" -> o.roles.add(value);
                    case "--org" -> o.org = value;
                    case "--auth-age" -> o.authAge = duration(flag, value);
                    case "--acr" -> o.acr = value;
                    case "--amr" -> o.amr.add(value);
                    case "--ttl" -> o.ttl = duration(flag, value);
                    case "--key" -> o.keyFile = Path.of(value);
                    case "--issuer" -> o.issuer = value;
                    default -> throw new IllegalArgumentException("unknown option " + flag);
                }
            }
            if (o.subject == null || o.subject.isBlank()) {
                throw new IllegalArgumentException("--subject is required");
            }
            if (o.roles.isEmpty()) {
                throw new IllegalArgumentException("at least one --role is required");
            }
            return o;
        }

        private static Duration duration(String flag, String value) {
            try {
                return Duration.parse("PT" + value.toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(flag + " takes a duration such as 30s, 10m or 2h");
            }
        }
    }
}
