package com.alumia.admin.api.alert;

public enum AlertKind {
    SCHEDULE_COMPLETED, SCHEDULE_FAILED, MESSAGE_EVENT, USAGE_EVENT
}
