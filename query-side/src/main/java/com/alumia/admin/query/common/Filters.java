package com.alumia.admin.query.common;

import jakarta.persistence.criteria.Path;
import org.springframework.data.jpa.domain.Specification;

import java.util.Locale;

/**
 * Optional list filters: a filter whose value is absent matches everything. A property may be a path through
 * associations ({@code item.orgId}).
 */
public final class Filters {

    private Filters() {
    }

    public static <E> Specification<E> equal(String property, Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            return null;
        }
        return (root, query, cb) -> cb.equal(path(root, property), value);
    }

    public static <E> Specification<E> contains(String property, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String pattern = likePattern(text);
        return (root, query, cb) -> cb.like(cb.lower(path(root, property)), pattern, '\\');
    }

    /** A LIKE pattern (escape character {@code \}) for lower-cased text that contains {@code text}. */
    static String likePattern(String text) {
        return "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                         .replace("_", "\\_") + "%";
    }

    /** The attribute at {@code property}, following the associations its dots name. */
    public static <T> Path<T> path(Path<?> root, String property) {
        Path<?> path = root;
        for (String part : property.split("\\.")) {
            path = path.get(part);
        }
        @SuppressWarnings("unchecked")
        Path<T> typed = (Path<T>) path;
        return typed;
    }
}
