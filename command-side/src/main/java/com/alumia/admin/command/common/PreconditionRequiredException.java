package com.alumia.admin.command.common;

/**
 * A change to an existing aggregate came without {@code If-Match}; answered with 428 so that no operator overwrites
 * a change they have not seen.
 */
public class PreconditionRequiredException extends RuntimeException {

    public PreconditionRequiredException() {
        super("This change needs an If-Match header with the version you last read (its ETag), or * to skip the check");
    }
}
