package com.alumia.admin.command.deployment;

import com.alumia.admin.api.deployment.DnsAnswer;
import com.alumia.admin.api.deployment.DomainFinding;
import com.alumia.admin.api.deployment.DomainObservation;
import com.alumia.admin.api.deployment.DomainRecords;
import com.alumia.admin.api.deployment.DomainState;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What one check of a custom domain means: verified when the TXT record holds the token and the name's CNAME
 * points at the target, failed otherwise, with a finding per record that says what to fix.
 */
final class DomainVerification {

    private DomainVerification() {
    }

    record Verdict(DomainState state, List<DomainFinding> findings) {
    }

    static Verdict judge(DomainRecords records, DomainObservation seen) {
        List<DomainFinding> findings = new ArrayList<>();
        DnsAnswer txt = seen.txt();
        if (!txt.values().contains(records.txtValue())) {
            boolean missing = txt.status() != DnsAnswer.Status.ANSWERED;
            findings.add(new DomainFinding("TXT", records.txtName(), records.txtValue(), txt.observed(),
                    missing ? "missing" : "wrong_value", missing
                    ? "Create a TXT record at " + records.txtName() + " with the value " + records.txtValue()
                    : "Set the TXT record at " + records.txtName() + " to " + records.txtValue()
                      + " (it holds " + String.join(", ", txt.values()) + ")"));
        }
        DnsAnswer cname = seen.cname();
        List<String> targets = cname.values().stream().map(v -> v.toLowerCase(Locale.ROOT)).toList();
        if (!targets.equals(List.of(records.cnameTarget()))) {
            boolean missing = cname.status() != DnsAnswer.Status.ANSWERED;
            findings.add(new DomainFinding("CNAME", records.cnameName(), records.cnameTarget(), cname.observed(),
                    missing ? "missing" : "wrong_value", missing
                    ? "Create a CNAME record at " + records.cnameName() + " pointing to " + records.cnameTarget()
                      + " (a zone's apex cannot hold a CNAME: use a name under it)"
                    : "Point the CNAME record at " + records.cnameName() + " to " + records.cnameTarget()
                      + " instead of " + String.join(", ", cname.values())));
        }
        return new Verdict(findings.isEmpty() ? DomainState.VERIFIED : DomainState.FAILED, List.copyOf(findings));
    }
}
