package edu.community.eventsourcing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/** Configuration of the event-sourcing library, under {@code eventsourcing.*}. */
@ConfigMapping(prefix = "eventsourcing")
public interface EventsourcingConfig {

    /** CloudEvents {@code source} of this service's events, e.g. {@code urn:edu-community:community-service}. */
    String source();

    /** The topic this service publishes to, e.g. {@code edu.community.events}. */
    String topic();

    Publisher publisher();

    Consumer consumer();

    /** The live consumers of other topics (see {@code consume.LiveConsumers}). */
    interface Consumer {

        /** How often each Kafka channel's lag is measured. */
        @WithDefault("PT5S")
        Duration lagInterval();

        /** How long a channel may lag without its group's offsets moving before readiness goes DOWN. */
        @WithDefault("PT30S")
        Duration stallThreshold();
    }

    interface Publisher {

        /** Runs the publisher loop in this instance; several instances take turns through an advisory lock. */
        @WithDefault("true")
        boolean enabled();

        /** Most events sent to Kafka per pass (one database transaction, one checkpoint). */
        @WithDefault("500")
        int batchSize();

        /** Longest wait between passes when no append notification arrives. */
        @WithDefault("PT1S")
        Duration pollInterval();

        /**
         * First wait before the next pass when committed events were held back behind a transaction still running
         * (no notification comes when that one ends without appending); doubled on each pass that is still held
         * back, up to {@link #pollInterval()}.
         */
        @WithDefault("PT0.005S")
        Duration heldBackRetry();

        /** How long a pass waits for Kafka to acknowledge its batch before it gives up and retries. */
        @WithDefault("PT30S")
        Duration sendTimeout();

        /** Partitions of the topic when the publisher has to create it. */
        @WithDefault("3")
        int partitions();

        /** Replication factor of the topic when the publisher has to create it. */
        @WithDefault("1")
        short replicationFactor();

        /** Extra Kafka producer properties, e.g. {@code eventsourcing.publisher.kafka."max.block.ms"=5000}. */
        Map<String, String> kafka();
    }
}
