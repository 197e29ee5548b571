package com.alumia.admin.query.common;

import org.springframework.data.jpa.domain.Specification;

import java.util.Locale;

/**
 * Optional list filters: a filter whose value is absent matches everything.
 */
public final class Filters {

    private Filters() {
    }

    public static <E> Specification<E> equal(String property, Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            return null;
        }
        return (root, query, cb) -> cb.equal(root.get(property), value);
    }

    public static <E> Specification<E> contains(String property, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String pattern = "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                                   .replace("_", "\\_") + "%";
        return (root, query, cb) -> cb.like(cb.lower(root.get(property)), pattern, '\\');
    }
}
