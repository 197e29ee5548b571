package com.alumia.admin.command.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the event handlers of a processing group that must run in the transaction of the command whose events
 * they handle (a subscribing processor, no dead letters): the command-side lookups that keep a rule across
 * aggregates, such as one live page per slug. A handler that throws fails the command and nothing is stored.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface InCommandTransaction {
}
