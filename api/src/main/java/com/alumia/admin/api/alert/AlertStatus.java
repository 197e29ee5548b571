package com.alumia.admin.api.alert;

public enum AlertStatus {
    OPEN, ACKNOWLEDGED, RESOLVED
}
