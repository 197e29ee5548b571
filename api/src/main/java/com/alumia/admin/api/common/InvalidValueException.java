package com.alumia.admin.api.common;

/**
 * A typed value (an id, an entity tag) was built from text that is not valid; at the HTTP edge this is a 400, never a 500.
 */
public class InvalidValueException extends IllegalArgumentException {

    public InvalidValueException(String message) {
        super(message);
    }
}
