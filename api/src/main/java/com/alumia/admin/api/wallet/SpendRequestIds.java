package com.alumia.admin.api.wallet;

import java.util.List;

public record SpendRequestIds(List<SpendRequestId> items) {
}
