package com.alumia.admin.command.feedback;

/**
 * One of the inputs the classifier inspects, named as {@link com.alumia.admin.api.feedback.RuleMatch#field()}
 * reports it.
 */
enum InputField {
    TEXT("text", false),
    URL("url", true),
    REQUEST("request", true);

    private final String wireName;
    private final boolean plusIsSpace;

    InputField(String wireName, boolean plusIsSpace) {
        this.wireName = wireName;
        this.plusIsSpace = plusIsSpace;
    }

    String wireName() {
        return wireName;
    }

    /**
     * Form encoding turns spaces into {@code +} in URLs and request bodies; in free text a {@code +} is just a plus
     * ("C++", "1+1").
     */
    boolean plusIsSpace() {
        return plusIsSpace;
    }
}
