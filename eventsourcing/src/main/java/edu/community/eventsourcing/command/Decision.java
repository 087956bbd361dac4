package edu.community.eventsourcing.command;

import java.util.List;

/**
 * What a command decided: the events to append (none when nothing changes) and the division they concern,
 * written to each event's {@code region} so that readers and the change feed apply the division rule.
 */
public record Decision(List<? extends Record> events, String region) {

    public Decision {
        events = List.copyOf(events);
    }

    public static Decision of(String region, List<? extends Record> events) {
        return new Decision(events, region);
    }

    public static Decision nothing() {
        return new Decision(List.of(), null);
    }
}
