package com.alumia.admin.query.common;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tables a projection writes: the live ones, or the copies that a rebuild fills beside them before it
 * switches them in (each live name with {@link #ASIDE_SUFFIX}). Projections write their statements with table
 * names in braces, {@code INSERT INTO {feedback_item} ...}, and {@link #sql} puts in the names of this set.
 */
public final class ViewTables {

    public static final String ASIDE_SUFFIX = "__aside";
    public static final ViewTables LIVE = new ViewTables("");
    public static final ViewTables ASIDE = new ViewTables(ASIDE_SUFFIX);

    private static final Pattern NAME = Pattern.compile("\\{([a-z_][a-z0-9_]*)}");

    private final String suffix;

    private ViewTables(String suffix) {
        this.suffix = suffix;
    }

    public String name(String table) {
        return table + suffix;
    }

    /** {@code template} with every {@code {table}} replaced by that table's name in this set. */
    public String sql(String template) {
        Matcher m = NAME.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(name(m.group(1))));
        }
        return m.appendTail(out).toString();
    }
}
