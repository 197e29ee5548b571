package com.alumia.admin.query.common;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import java.util.List;
import java.util.function.Function;

/**
 * A stable order over an entity's properties, ending in a unique one, with keyset paging: the next page starts
 * strictly after the last row's keys, so rows arriving meanwhile never shift or repeat a page.
 */
public record Keyset<E>(String name, List<Key<E>> keys) {

    public record Key<E>(String property, Sort.Direction direction, Function<E, Object> value) {
    }

    public Sort sort() {
        return Sort.by(keys.stream().map(k -> new Sort.Order(k.direction(), k.property())).toList());
    }

    public Cursor cursorAfter(E last) {
        return new Cursor(name, keys.stream().map(k -> k.value().apply(last)).toList());
    }

    public record Window<E>(List<E> rows, String nextCursor) {
    }

    /**
     * Reads one page: the rows matching {@code filter} after {@code cursor}, and the cursor of the next page if any.
     */
    public Window<E> page(JpaSpecificationExecutor<E> repository, Specification<E> filter, String cursor, int limit) {
        int size = Limits.clamp(limit);
        List<E> rows = repository.findBy(filter.and(after(cursor)),
                q -> q.sortBy(sort()).limit(size + 1).all());
        if (rows.size() <= size) {
            return new Window<>(rows, null);
        }
        List<E> page = rows.subList(0, size);
        return new Window<>(List.copyOf(page), cursorAfter(page.get(size - 1)).encode());
    }

    public Specification<E> after(String encodedCursor) {
        if (encodedCursor == null || encodedCursor.isBlank()) {
            return (root, query, cb) -> cb.conjunction();
        }
        List<Object> values = StrictlyAfter.values(encodedCursor, name, keys.size());
        return (root, query, cb) -> strictlyAfter(root, cb, values);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Predicate strictlyAfter(Root<E> root, CriteriaBuilder cb, List<Object> values) {
        return StrictlyAfter.condition(keys.size(),
                j -> cb.equal(Filters.path(root, keys.get(j).property()), values.get(j)),
                i -> {
                    Path<Comparable> path = Filters.path(root, keys.get(i).property());
                    Comparable value = (Comparable) values.get(i);
                    return keys.get(i).direction().isAscending() ? cb.greaterThan(path, value)
                                                                 : cb.lessThan(path, value);
                },
                parts -> cb.and(parts.toArray(Predicate[]::new)),
                alternatives -> cb.or(alternatives.toArray(Predicate[]::new)));
    }
}
