package com.alumia.admin.api.alert;

public record FindAlertQuery(AlertId alertId) {
}
