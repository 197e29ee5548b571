package com.alumia.admin.command.runtime;

import com.alumia.admin.api.common.InvalidValueException;
import com.alumia.admin.api.runtime.FlagSpec;
import com.alumia.admin.api.runtime.FlagType;
import com.alumia.admin.api.runtime.FlagValues;
import com.alumia.admin.command.common.DomainException;

import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

import static com.alumia.admin.command.common.TextRules.requireText;

/** The rules a flag's definition follows; a definition that breaks one is refused whole. */
final class FlagSpecs {

    private static final Pattern OPTION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
    private static final int MAX_OPTIONS = 50;

    private FlagSpecs() {
    }

    /** {@code spec} with its texts trimmed and its values in canonical form. */
    static FlagSpec validated(FlagSpec spec) {
        if (spec == null || spec.type() == null) {
            throw DomainException.invalid("runtime.flag_type_required",
                    "a flag needs a type: kill_switch, boolean, integer, enum or percentage");
        }
        FlagType type = spec.type();
        boolean integer = type == FlagType.INTEGER;
        if (!integer && (spec.min() != null || spec.max() != null)) {
            throw DomainException.invalid("runtime.bounds_not_allowed", "only an integer flag has min and max");
        }
        if (integer && spec.min() != null && spec.max() != null && spec.min() > spec.max()) {
            throw DomainException.invalid("runtime.bounds_reversed", "min must not be above max");
        }
        List<String> options = options(type, spec.options());
        FlagSpec shaped = new FlagSpec(type, requireText("description", spec.description(), 500),
                requireText("owner", spec.owner(), 128), null, spec.min(), spec.max(), options, null);
        String defaultValue = value(shaped, "default", spec.defaultValue());
        return new FlagSpec(type, shaped.description(), shaped.owner(), defaultValue, spec.min(), spec.max(), options,
                stopsAgentLoop(shaped, spec.stopsAgentLoop()));
    }

    private static List<String> options(FlagType type, List<String> options) {
        if (type != FlagType.ENUM) {
            if (options != null && !options.isEmpty()) {
                throw DomainException.invalid("runtime.options_not_allowed", "only an enum flag has options");
            }
            return null;
        }
        if (options == null || options.isEmpty() || options.size() > MAX_OPTIONS) {
            throw DomainException.invalid("runtime.options_required",
                    "an enum flag needs 1 to " + MAX_OPTIONS + " options");
        }
        if (new HashSet<>(options).size() != options.size()
            || !options.stream().allMatch(o -> o != null && OPTION.matcher(o).matches())) {
            throw DomainException.invalid("runtime.options_invalid",
                    "options must be distinct words of letters, digits and _ . - (at most 64 characters)");
        }
        return List.copyOf(options);
    }

    /** The value at which the flag stops the agent loop: {@code true} for a kill switch, any value or none else. */
    private static String stopsAgentLoop(FlagSpec spec, String given) {
        if (spec.type() == FlagType.KILL_SWITCH) {
            if (given != null && !"true".equalsIgnoreCase(given.strip())) {
                throw DomainException.invalid("runtime.kill_switch_stops_on_true",
                        "a kill switch stops the agent loop when it is true");
            }
            return "true";
        }
        if (given == null || given.isBlank()) {
            return null;
        }
        if (spec.type() == FlagType.PERCENTAGE) {
            throw DomainException.invalid("runtime.rollout_cannot_stop_loop",
                    "a percentage rollout cannot be the value that stops the agent loop");
        }
        return value(spec, "stopsAgentLoop", given);
    }

    /** {@code raw} in the canonical form of the flag's type, or a 400 naming what is wrong. */
    static String value(FlagSpec spec, String field, String raw) {
        try {
            return FlagValues.canonical(spec, raw);
        } catch (InvalidValueException e) {
            throw DomainException.invalid("runtime.invalid_value", field + ": " + e.getMessage());
        }
    }
}
