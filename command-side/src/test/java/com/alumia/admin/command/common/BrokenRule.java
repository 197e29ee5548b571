package com.alumia.admin.command.common;

import com.alumia.admin.api.common.RuleViolation;
import org.hamcrest.CustomMatcher;
import org.hamcrest.Matcher;

/** For fixture tests: the exception of a broken rule of one kind and code. */
public final class BrokenRule {

    private BrokenRule() {
    }

    public static Matcher<Object> rule(RuleViolation.Kind kind, String code) {
        return new CustomMatcher<>(kind + " " + code) {
            @Override
            public boolean matches(Object e) {
                return e instanceof DomainException d && d.violation().kind() == kind
                       && d.violation().code().equals(code);
            }
        };
    }
}
