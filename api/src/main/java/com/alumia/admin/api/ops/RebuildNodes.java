package com.alumia.admin.api.ops;

/** Which nodes sharing the store take part in a rebuild. */
public enum RebuildNodes {
    /** Every node stops the processor while its tokens are changed, and starts it again. */
    ALL,
    /** Only the node that was asked: refused while other nodes hold segments of the processor. */
    THIS
}
