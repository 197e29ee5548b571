package com.alumia.admin.api.deployment;

/** How a target's data and compute are kept apart from other tenants'. */
public enum IsolationMode {
    SHARED_SCHEMA, DEDICATED_DATABASE, DEDICATED_CLUSTER
}
