package com.alumia.admin.query.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Map;

/** JSON columns of the views: details, findings, metrics and labels kept as one text column each. */
public final class ViewJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ViewJson() {
    }

    public static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Map<String, String> details(String json) {
        return json == null ? Map.of() : read(json, new TypeReference<>() { });
    }

    public static Map<String, Double> numbers(String json) {
        return json == null ? Map.of() : read(json, new TypeReference<>() { });
    }

    public static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
