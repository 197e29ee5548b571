package com.alumia.admin.api.feedback;

public record FindSecurityOverviewQuery() {
}
