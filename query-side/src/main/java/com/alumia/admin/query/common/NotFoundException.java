package com.alumia.admin.query.common;

/**
 * The resource a read asked for does not exist (404).
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, String id) {
        super(what + " " + id + " does not exist");
    }
}
