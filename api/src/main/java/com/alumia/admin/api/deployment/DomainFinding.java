package com.alumia.admin.api.deployment;

import java.util.List;

/**
 * One record of a custom domain that is not as it should be, with what to fix.
 *
 * @param record   {@code TXT} or {@code CNAME}
 * @param name     the DNS name the record belongs at
 * @param expected the value it should hold
 * @param observed what the resolver answered
 * @param problem  {@code missing} or {@code wrong_value}
 * @param fix      what the domain's owner should do, in a sentence
 */
public record DomainFinding(String record, String name, String expected, List<String> observed, String problem,
                            String fix) {
}
