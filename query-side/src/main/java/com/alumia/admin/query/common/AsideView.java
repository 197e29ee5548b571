package com.alumia.admin.query.common;

import java.util.List;

/**
 * A projection that can be rebuilt beside its live tables while they keep serving, then switched in: it names
 * its tables, and makes a handler of the same events that writes to another set of them.
 */
public interface AsideView {

    /** The processing group of the live projection. */
    String processingGroup();

    /** Every table the projection writes, all of which the switch replaces. */
    List<String> tables();

    /** A new handler of the projection's events that writes to {@code tables}; nothing else may share it. */
    Object writingTo(ViewTables tables);
}
