package edu.community.eventsourcing.hostile;

/** A generated hostility, aimed at whatever target the endpoint has when it is sent. */
@FunctionalInterface
interface Mutation {

    HostileRequest on(Target target);
}
