package com.alumia.admin.command.feedback;

import com.alumia.admin.api.common.RuleViolation;
import com.alumia.admin.command.common.DomainException;

import java.util.Map;

class GroupNotFoundException extends DomainException {

    GroupNotFoundException(String fingerprint) {
        super(new RuleViolation("feedback.group_not_found", RuleViolation.Kind.NOT_FOUND,
                "No feedback group has the fingerprint " + fingerprint, Map.of("fingerprint", fingerprint)));
    }
}
