package edu.community.eventsourcing.consume;

import edu.community.eventsourcing.EventsourcingConfig;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * Watches this service's live consumers, so that a read model never goes silently stale.
 *
 * <p>Every {@code eventsourcing.consumer.lag-interval} it measures each Kafka channel's lag as an operator's tool
 * does: per partition, the last committed offset readable by {@code read_committed} readers minus the offset its
 * consumer group committed (records not yet applied). A channel whose lag stays above zero while its group's
 * offsets do not move for {@code eventsourcing.consumer.stall-threshold} has stopped, whatever stopped it (an
 * error that ended the stream, a thread that died of an {@link OutOfMemoryError}, a record that cannot be
 * dead-lettered, a hung handler). A consumer {@link InboxConsumer} saw fail with a {@link VirtualMachineError}
 * is halted at once: the record is neither dead-lettered nor acknowledged (it is read again after a restart).
 * The readiness check {@code eventsourcing-consumers} is DOWN while any channel is stalled or halted; the gauges
 * {@code eventsourcing_consumer_lag} and {@code eventsourcing_consumer_stalled_seconds} say by how much.
 *
 * <p>Offsets alone overstate the lag of a caught-up consumer of a topic written in Kafka transactions: a commit marker
 * follows each transaction's last record, and a group that committed the offset after its last record stands one
 * short of the end. Where a partition lags by a few offsets only, the records actually readable there are counted
 * (read_committed, from the group's offset to the end), so an idle, healthy read model is never reported stalled.
 *
 * <p>It also knows when the service is stopping: from the {@link ShutdownEvent} on, a record whose handling fails
 * (the connection pool closing under it) is held, never dead-lettered nor acknowledged.
 */
@ApplicationScoped
public class LiveConsumers {

    private static final Logger LOG = Logger.getLogger(LiveConsumers.class);
    private static final Pattern CONNECTOR = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.connector");
    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(10);
    /** Partitions lagging by at most this many offsets are read to tell records from transaction markers. */
    private static final long PROBE_LIMIT = 16;
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(5);

    private final Config config;
    private final MeterRegistry metrics;
    private final Map<String, Object> connection;
    private final Duration interval;
    private final Duration threshold;
    private final Map<String, ChannelState> channels = new ConcurrentHashMap<>();
    private final Map<String, String> halted = new ConcurrentHashMap<>();
    private volatile boolean stopping;
    private ScheduledExecutorService schedule;
    private Admin admin;
    private KafkaConsumer<byte[], byte[]> probe;

    @Inject
    public LiveConsumers(Config config, EventsourcingConfig settings, MeterRegistry metrics,
                         @Identifier("default-kafka-broker") Map<String, Object> connection) {
        this(config, metrics, connection, settings.consumer().lagInterval(), settings.consumer().stallThreshold());
    }

    LiveConsumers(Config config, MeterRegistry metrics, Map<String, Object> connection, Duration interval,
                  Duration threshold) {
        this.config = config;
        this.metrics = metrics;
        this.connection = Map.copyOf(connection);
        this.interval = interval;
        this.threshold = threshold;
    }

    /** A Kafka channel of this service and what was last measured of it. */
    public record Channel(String name, String topic, String group) {
    }

    /**
     * @param lag          records of the topic not yet committed by the channel's group
     * @param stalledFor   how long the lag has been above zero without the group's offsets moving
     * @param measureError why the last measurement failed, if it did
     */
    public record Lag(Channel channel, long lag, Duration stalledFor, Optional<String> measureError) {
    }

    private static final class ChannelState {
        final Channel channel;
        volatile long lag;
        volatile long committed = -1;
        volatile long progressAt = System.nanoTime();
        volatile String measureError;

        ChannelState(Channel channel) {
            this.channel = channel;
        }

        Duration stalledFor() {
            return lag > 0 ? Duration.ofNanos(System.nanoTime() - progressAt) : Duration.ZERO;
        }
    }

    void start(@Observes StartupEvent started) {
        for (Channel channel : discover()) {
            ChannelState state = new ChannelState(channel);
            channels.put(channel.name(), state);
            Gauge.builder("eventsourcing.consumer.lag", state, s -> s.lag)
                    .description("records of the channel's topic its consumer group has not yet committed")
                    .tags("channel", channel.name(), "group", channel.group()).register(metrics);
            Gauge.builder("eventsourcing.consumer.stalled.seconds", state, s -> s.stalledFor().toMillis() / 1000.0)
                    .description("how long the channel has lagged without its group's offsets moving")
                    .tags("channel", channel.name(), "group", channel.group()).register(metrics);
        }
        if (channels.isEmpty()) {
            return;
        }
        admin = Admin.create(new HashMap<>(connection));
        schedule = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "eventsourcing-consumer-lag");
            thread.setDaemon(true);
            return thread;
        });
        schedule.scheduleWithFixedDelay(this::measureAll, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes @Priority(1) ShutdownEvent stopped) {
        stopping = true;
        if (schedule != null) {
            schedule.shutdownNow();
            try {
                // the probe belongs to the measuring thread: it is closed once that thread has ended
                schedule.awaitTermination(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
        if (probe != null && schedule.isTerminated()) {
            probe.close(Duration.ofSeconds(2));
        }
    }

    /** Whether the service is shutting down: a failed record is then held, never dead-lettered nor acknowledged. */
    public boolean stopping() {
        return stopping;
    }

    /** Marks this instance as stopping (the {@link ShutdownEvent} does it; tests of a detached consumer too). */
    void markStopping() {
        stopping = true;
    }

    /** Records that a consumer met a failure that must stop it rather than send its record to the dead letters. */
    void halt(String consumer, String where, Throwable failure) {
        halted.put(consumer, where + ": " + failure);
    }

    /** The last measurement of every channel, with the consumers halted by name. */
    public List<Lag> lags() {
        List<Lag> lags = new ArrayList<>();
        for (ChannelState state : channels.values()) {
            lags.add(new Lag(state.channel, state.lag, state.stalledFor(), Optional.ofNullable(state.measureError)));
        }
        return lags;
    }

    /** Consumers halted by a fatal failure, with where and why. */
    public Map<String, String> halted() {
        return Map.copyOf(halted);
    }

    /** How long a channel may lag without progress before readiness goes DOWN. */
    public Duration threshold() {
        return threshold;
    }

    private void measureAll() {
        for (ChannelState state : channels.values()) {
            try {
                long[] measured = measure(state.channel);
                if (measured[1] != state.committed || measured[0] == 0) {
                    state.progressAt = System.nanoTime();
                }
                state.committed = measured[1];
                state.lag = measured[0];
                state.measureError = null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException | TimeoutException | RuntimeException failure) {
                state.measureError = failure.toString();
                LOG.debugf("cannot measure the lag of channel %s: %s", state.channel.name(), failure);
            }
        }
    }

    /** {lag, sum of the group's positions} of one channel. */
    private long[] measure(Channel channel) throws InterruptedException, ExecutionException, TimeoutException {
        List<TopicPartition> partitions = new ArrayList<>();
        try {
            admin.describeTopics(List.of(channel.topic())).allTopicNames()
                    .get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).get(channel.topic()).partitions()
                    .forEach(info -> partitions.add(new TopicPartition(channel.topic(), info.partition())));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return new long[]{0, 0};
            }
            throw e;
        }
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(channel.group())
                .partitionsToOffsetAndMetadata().get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        Map<TopicPartition, Long> end = offsets(partitions, OffsetSpec.latest());
        Map<TopicPartition, Long> begin = offsets(partitions, OffsetSpec.earliest());
        long lag = 0;
        long positions = 0;
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata mark = committed.get(partition);
            long position = mark == null ? begin.get(partition) : mark.offset();
            positions += position;
            long behind = Math.max(0, end.get(partition) - position);
            lag += behind > 0 && behind <= PROBE_LIMIT ? readable(partition, position, end.get(partition)) : behind;
        }
        return new long[]{lag, positions};
    }

    /**
     * The records a read_committed reader finds in [from, end) of a partition: commit markers and aborted records
     * take offsets but are never read. When the read does not reach {@code end} in time, every offset counts.
     */
    private long readable(TopicPartition partition, long from, long end) {
        if (probe == null) {
            Map<String, Object> settings = new HashMap<>(connection);
            settings.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
            settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
            settings.put(ConsumerConfig.CLIENT_ID_CONFIG, "eventsourcing-consumer-lag-probe");
            settings.remove(ConsumerConfig.GROUP_ID_CONFIG);
            probe = new KafkaConsumer<>(settings, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        }
        probe.assign(List.of(partition));
        probe.seek(partition, from);
        long records = 0;
        long deadline = System.nanoTime() + PROBE_TIMEOUT.toNanos();
        while (probe.position(partition) < end && System.nanoTime() < deadline) {
            for (ConsumerRecord<byte[], byte[]> record : probe.poll(Duration.ofMillis(200)).records(partition)) {
                if (record.offset() < end) {
                    records++;
                }
            }
        }
        return probe.position(partition) >= end ? records : end - from;
    }

    private Map<TopicPartition, Long> offsets(List<TopicPartition> partitions, OffsetSpec spec)
            throws InterruptedException, ExecutionException, TimeoutException {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(partition -> request.put(partition, spec));
        Map<TopicPartition, Long> offsets = new HashMap<>();
        admin.listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all()
                .get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .forEach((partition, info) -> offsets.put(partition, info.offset()));
        return offsets;
    }

    /** The enabled Kafka channels of this service with a consumer group (without one, nothing can be measured). */
    private List<Channel> discover() {
        List<Channel> found = new ArrayList<>();
        for (String property : config.getPropertyNames()) {
            Matcher matcher = CONNECTOR.matcher(property);
            if (!matcher.matches() || !"smallrye-kafka".equals(config.getOptionalValue(property, String.class).orElse(""))) {
                continue;
            }
            String name = matcher.group(1);
            String prefix = "mp.messaging.incoming." + name + ".";
            boolean enabled = config.getOptionalValue(prefix + "enabled", Boolean.class).orElse(true);
            Optional<String> group = config.getOptionalValue(prefix + "group.id", String.class);
            if (enabled && group.isPresent()) {
                found.add(new Channel(name, config.getOptionalValue(prefix + "topic", String.class).orElse(name),
                        group.get()));
            }
        }
        return found;
    }
}
