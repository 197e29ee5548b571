package com.alumia.admin.app.config;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;

/**
 * The published language's typed values ({@code FeedbackId}, {@code OrgId}, ...) are records of one
 * {@code String value}; on the wire they are that string, and reading one runs its validating constructor.
 */
final class TypedValues {

    private static final String API_PACKAGE = "com.alumia.admin.api.";

    private TypedValues() {
    }

    static boolean isTypedValue(Class<?> type) {
        if (!type.isRecord() || !type.getName().startsWith(API_PACKAGE)) {
            return false;
        }
        RecordComponent[] components = type.getRecordComponents();
        return components.length == 1 && components[0].getName().equals("value")
               && components[0].getType() == String.class;
    }

    static final class Writer extends JsonSerializer<Object> {
        @Override
        public void serialize(Object value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(value.toString());
        }
    }

    static final class Reader extends JsonDeserializer<Object> {
        private final Class<?> type;

        Reader(Class<?> type) {
            this.type = type;
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return context.handleUnexpectedToken(type, parser);
            }
            try {
                Constructor<?> constructor = type.getDeclaredConstructor(String.class);
                return constructor.newInstance(parser.getText());
            } catch (InvocationTargetException e) {
                throw com.fasterxml.jackson.databind.exc.InvalidFormatException.from(parser,
                        e.getCause().getMessage(), parser.getText(), type);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("typed value without a String constructor: " + type, e);
            }
        }
    }
}
