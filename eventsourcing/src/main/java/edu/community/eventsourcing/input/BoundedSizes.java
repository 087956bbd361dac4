package edu.community.eventsourcing.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.type.ArrayType;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.JavaType;
import java.io.IOException;
import java.lang.reflect.Array;
import java.util.Collection;

/** Bounds every list and array, and reads enums by {@link ExactEnums}. */
final class BoundedSizes extends BeanDeserializerModifier {

    private final int maxSize;

    BoundedSizes(int maxSize) {
        this.maxSize = maxSize;
    }

    @Override
    public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
                                                            BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
        return new Bounded(deserializer, maxSize);
    }

    @Override
    public JsonDeserializer<?> modifyArrayDeserializer(DeserializationConfig config, ArrayType type,
                                                       BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
        return new Bounded(deserializer, maxSize);
    }

    @Override
    public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                                                      BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
        return new ExactEnums(type.getRawClass());
    }

    private static final class Bounded extends DelegatingDeserializer {

        private final int maxSize;

        Bounded(JsonDeserializer<?> delegate, int maxSize) {
            super(delegate);
            this.maxSize = maxSize;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new Bounded(newDelegatee, maxSize);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Object value = super.deserialize(p, ctxt);
            int size = value instanceof Collection<?> collection ? collection.size()
                    : value != null && value.getClass().isArray() ? Array.getLength(value) : 0;
            if (size > maxSize) {
                return ctxt.reportInputMismatch(this, "must have at most %d elements", maxSize);
            }
            return value;
        }
    }
}
