package com.alumia.admin.api.runtime;

import java.util.List;

public record FlagList(List<FlagSummary> items) {
}
