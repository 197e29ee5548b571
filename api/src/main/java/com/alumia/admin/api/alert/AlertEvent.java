package com.alumia.admin.api.alert;

public interface AlertEvent {

    AlertId alertId();
}
