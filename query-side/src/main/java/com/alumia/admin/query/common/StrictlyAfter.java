package com.alumia.admin.query.common;

import com.alumia.admin.api.common.InvalidValueException;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * The condition of keyset paging, for lists read through JPA ({@link Keyset}) and in plain SQL ({@link SqlWhere}):
 * the rows strictly after the last row of the page before, in an order of keys {@code k0, k1, ... kn} (the last
 * unique). That is {@code (k0 beyond) OR (k0 equal AND k1 beyond) OR ... OR (k0 ... kn-1 equal AND kn beyond)},
 * where "beyond" is greater for a key in ascending order and less for one in descending order. Each kind of list
 * builds the parts in its own terms; the parts are asked for in the order they stand in the condition.
 */
final class StrictlyAfter {

    private StrictlyAfter() {
    }

    /** The key values a cursor of the order {@code order}, of {@code keyCount} keys, holds; else an invalid value. */
    static List<Object> values(String cursor, String order, int keyCount) {
        List<Object> values = Cursor.decode(cursor, order).keys();
        if (values.size() != keyCount) {
            throw new InvalidValueException("cursor does not fit this list");
        }
        return values;
    }

    /**
     * @param equal  the part "key j equals its value in the cursor"
     * @param beyond the part "key i is beyond its value in the cursor"
     * @param all    the conjunction of parts
     * @param any    the disjunction of conjunctions
     */
    static <P> P condition(int keyCount, IntFunction<P> equal, IntFunction<P> beyond, Function<List<P>, P> all,
                           Function<List<P>, P> any) {
        List<P> alternatives = new ArrayList<>(keyCount);
        for (int i = 0; i < keyCount; i++) {
            List<P> parts = new ArrayList<>(i + 1);
            for (int j = 0; j < i; j++) {
                parts.add(equal.apply(j));
            }
            parts.add(beyond.apply(i));
            alternatives.add(all.apply(parts));
        }
        return any.apply(alternatives);
    }
}
