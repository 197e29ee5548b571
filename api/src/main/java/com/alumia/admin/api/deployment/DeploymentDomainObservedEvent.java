package com.alumia.admin.api.deployment;

import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * A check of a custom domain saw a state or findings other than the last ones recorded: a domain's timeline is
 * these events. Checks that see nothing new are not recorded.
 */
@Revision("1")
public record DeploymentDomainObservedEvent(TargetId targetId, String hostname, DomainState from, DomainState to,
                                            List<DomainFinding> findings) {
}
