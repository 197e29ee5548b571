package com.alumia.admin.command.feedback;

import com.alumia.admin.api.common.Severity;
import com.alumia.admin.api.feedback.ProbeClass;

import java.util.Optional;

/**
 * A named way to recognise an attack.
 *
 * @param id          stable id, {@code family.name}, carried in events: never rename one
 * @param family      the attack family it recognises
 * @param weight      how strongly a match alone points to its family (0-100); the strongest match decides
 * @param severity    how urgent an item this rule matched is
 * @param description what it looks for, for the operator reading the explanation
 */
record ProbeRule(String id, ProbeClass family, int weight, Severity severity, String description,
                 Detector detector) {

    Optional<RuleHit> apply(NormalisedField field) {
        return detector.detect(field).map(found -> new RuleHit(this, field.field(), found));
    }

    boolean isFuzz() {
        return family == ProbeClass.FUZZ;
    }
}
