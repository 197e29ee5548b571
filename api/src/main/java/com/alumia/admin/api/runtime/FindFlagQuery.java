package com.alumia.admin.api.runtime;

public record FindFlagQuery(FlagKey key) {
}
