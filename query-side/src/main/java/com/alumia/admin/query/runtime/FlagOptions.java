package com.alumia.admin.query.runtime;

import java.util.Arrays;
import java.util.List;

/** An enum flag's options in one column: options are words without commas ({@code FlagSpecs}). */
final class FlagOptions {

    private FlagOptions() {
    }

    static String join(List<String> options) {
        return options == null ? null : String.join(",", options);
    }

    static List<String> split(String column) {
        return column == null ? null : Arrays.asList(column.split(","));
    }
}
