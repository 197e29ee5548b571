package com.alumia.admin.api.deployment;

import java.util.List;

/**
 * What a resolver answered for one name and record type.
 *
 * @param status {@code ANSWERED} with the values, {@code NO_DATA} (the name exists without such records),
 *               {@code NXDOMAIN} (no such name), or {@code ERROR} (no conclusive answer: a timeout, SERVFAIL)
 * @param values the record values, without trailing dots on names, sorted
 * @param error  what went wrong, for {@code ERROR}
 */
public record DnsAnswer(Status status, List<String> values, String error) {

    public enum Status {
        ANSWERED, NO_DATA, NXDOMAIN, ERROR
    }

    public DnsAnswer {
        values = values == null ? List.of() : values.stream().sorted().toList();
    }

    public static DnsAnswer of(List<String> values) {
        return new DnsAnswer(values.isEmpty() ? Status.NO_DATA : Status.ANSWERED, values, null);
    }

    public static DnsAnswer failed(String error) {
        return new DnsAnswer(Status.ERROR, List.of(), error);
    }

    /** The answer as an operator reads it: the values, or what stood in for them. */
    public List<String> observed() {
        return switch (status) {
            case ANSWERED -> values;
            case NO_DATA -> List.of("(no record)");
            case NXDOMAIN -> List.of("(no such name: NXDOMAIN)");
            case ERROR -> List.of("(lookup failed: " + error + ")");
        };
    }
}
