package com.alumia.admin.api.feedback;

/**
 * One classifier rule that matched, with the text that made it match: the explanation of a classification.
 *
 * @param rule        stable rule id, e.g. {@code sql.union_select}
 * @param probeClass  the family the rule recognises
 * @param description what the rule looks for, in words
 * @param evidence    the matched text, cut to a readable length
 * @param field       which input carried it: {@code text}, {@code url} or {@code request}
 */
public record RuleMatch(String rule, ProbeClass probeClass, String description, String evidence, String field) {
}
