package edu.community.eventsourcing.store;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Turns a stored payload of {@link #eventName()} at {@link #fromVersion()} into the payload of the next
 * version, so that old events are read as the current contract. Register one as a CDI bean per step.
 */
public interface Upcaster {

    String eventName();

    int fromVersion();

    ObjectNode upcast(ObjectNode payload);
}
