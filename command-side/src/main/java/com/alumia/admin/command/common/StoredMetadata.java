package com.alumia.admin.command.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Map;

/**
 * The audit metadata of an operator's request kept as JSON beside work that runs later (a replay's chunks, a
 * broadcast's deliveries), so the commands that work sends carry the operator who asked, with their reason.
 */
public final class StoredMetadata {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StoredMetadata() {
    }

    public static String write(Map<String, ?> metadata) {
        return json(metadata);
    }

    public static Map<String, Object> read(String json) {
        try {
            return JSON.readValue(json, new TypeReference<>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Any value as JSON text. */
    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
