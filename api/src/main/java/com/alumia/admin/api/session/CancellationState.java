package com.alumia.admin.api.session;

/** A cancellation waits for the runtime ({@code requested}) until the runtime confirms it ({@code completed}). */
public enum CancellationState {
    REQUESTED, COMPLETED
}
