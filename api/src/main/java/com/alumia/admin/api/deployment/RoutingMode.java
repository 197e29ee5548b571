package com.alumia.admin.api.deployment;

/** How requests reach a target: through the shared edge, or through hosts of its own. */
public enum RoutingMode {
    SHARED, DEDICATED
}
