package com.alumia.admin.command.feedback;

import com.alumia.admin.api.feedback.RuleMatch;

/**
 * A rule that matched in one input, with the normalised match kept back for fingerprinting.
 */
record RuleHit(ProbeRule rule, InputField field, Detector.Found found) {

    RuleMatch toMatch() {
        return new RuleMatch(rule.id(), rule.family(), rule.description(), found.evidence(), field.wireName());
    }
}
