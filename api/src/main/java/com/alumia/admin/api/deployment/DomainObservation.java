package com.alumia.admin.api.deployment;

/** One check of a custom domain: the ownership TXT record and the CNAME of the name itself. */
public record DomainObservation(DnsAnswer txt, DnsAnswer cname) {

    /** Whether either lookup gave no conclusive answer, so that the check says nothing about the records. */
    public boolean inconclusive() {
        return txt.status() == DnsAnswer.Status.ERROR || cname.status() == DnsAnswer.Status.ERROR;
    }
}
