package edu.community.contracts;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record as a public event contract: the JSON value of a Kafka record on {@link #topic()}, with
 * CloudEvents type {@code edu.<service>.<name>.v<version>}. A record never changes incompatibly: a
 * breaking change is a new record with the next version.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventContract {

    /** Topic the event is published on, e.g. {@code edu.community.events}. */
    String topic();

    /** Event name without version, e.g. {@code SchoolRegistered}. */
    String name();

    /** Schema version, starting at 1. */
    int version();

    /** What the event says happened, for the AsyncAPI document. */
    String description();
}
