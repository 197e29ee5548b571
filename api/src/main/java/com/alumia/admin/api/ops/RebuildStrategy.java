package com.alumia.admin.api.ops;

/** How a projection is rebuilt. */
public enum RebuildStrategy {
    /** Its tables are emptied and the log replayed into them: the view is incomplete until the replay ends. */
    IN_PLACE,
    /**
     * The log is replayed into copies of its tables while the live view keeps serving; the copies replace it once
     * they have caught up.
     */
    BUILD_ASIDE
}
