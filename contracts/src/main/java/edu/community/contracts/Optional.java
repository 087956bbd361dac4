package edu.community.contracts;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record component that an event may leave out. Every other component is required: it is listed
 * in the schema's {@code required} and is never null.
 *
 * <p>An optional component is written only when it is not null (this annotation carries
 * {@code @JsonInclude(NON_NULL)}), so in JSON it is either absent or has a value of its type, never
 * {@code null}. Readers get {@code null} when it is absent. It cannot mark a primitive component.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
@JacksonAnnotationsInside
@JsonInclude(JsonInclude.Include.NON_NULL)
public @interface Optional {
}
