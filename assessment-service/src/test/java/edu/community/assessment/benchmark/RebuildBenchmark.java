package edu.community.assessment.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.community.assessment.messaging.ProvincialReportProjection;
import edu.community.eventsourcing.testing.CommunityTopic;
import edu.community.contracts.Topics;
import edu.community.contracts.community.Agreement;
import edu.community.contracts.community.CommunityFormed;
import edu.community.contracts.community.CommunityModel;
import edu.community.contracts.community.MemberJoined;
import edu.community.contracts.community.SchoolClassification;
import edu.community.contracts.community.SchoolDetailsChanged;
import edu.community.contracts.community.SchoolLevel;
import edu.community.contracts.community.SchoolOwnership;
import edu.community.contracts.community.SchoolRegistered;
import edu.community.eventsourcing.projection.ProjectionRebuilds;
import edu.community.eventsourcing.testing.KafkaBroker;
import edu.community.eventsourcing.testing.TestInfrastructure;
import edu.community.reference.Divisions;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

/**
 * Not a test: prints how fast the provincial report rebuilds from a topic of 100,000 events (or
 * {@code -Drebuild.events=}), beside how fast a plain Kafka consumer reads the same topic in the same run. Run it
 * alone: {@code mvn -pl assessment-service verify -Dtest=RebuildBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
@TestProfile(RebuildBenchmark.NoLiveConsumer.class)
class RebuildBenchmark {

    static final int EVENTS = Integer.getInteger("rebuild.events", 100_000);
    static final String[] COUNTIES = Divisions.gbT2260().childrenOf("330000").stream()
            .flatMap(city -> Divisions.gbT2260().childrenOf(city).stream()).toArray(String[]::new);

    /** The live consumer stays off, so that only the rebuild reads the topic while it is measured. */
    public static class NoLiveConsumer implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.messaging.incoming.report-community.enabled", "false",
                    "mp.messaging.incoming.report-staffing.enabled", "false",
                    "mp.messaging.incoming.report-exchange.enabled", "false");
        }
    }

    @Inject
    ObjectMapper json;
    @Inject
    ProjectionRebuilds rebuilds;
    @Inject
    ProvincialReportProjection projection;

    @Test
    void rebuild_rate_beside_the_raw_consumer_rate() {
        long produced = produce();
        for (int round = 1; round <= 2; round++) {
            double raw = rawConsumerRate(produced);
            ProjectionRebuilds.Rebuilt rebuilt = rebuilds.rebuild(projection);
            System.out.printf("%nBENCHMARK round %d: %d events; raw consumer %.0f events/s; rebuild %.0f events/s"
                            + " (%d applied in %s); rebuild / raw = %.3f%n", round, produced, raw,
                    rebuilt.eventsPerSecond(), rebuilt.events(), rebuilt.took(), rebuilt.eventsPerSecond() / raw);
        }
    }

    /** Schools registered and changed, communities formed and joined: the mix community-service publishes. */
    private long produce() {
        long count = 0;
        List<String> schools = new ArrayList<>();
        try (CommunityTopic topic = new CommunityTopic(json)) {
            LocalDate day = LocalDate.of(2021, 9, 1);
            while (count < EVENTS) {
                int n = schools.size();
                String county = COUNTIES[n % COUNTIES.length];
                String code = county + String.format("%04d", n % 10_000);
                code = code.substring(0, 6) + String.format("%04d", n / COUNTIES.length % 10_000);
                schools.add(code);
                topic.publish("school-" + code, new SchoolRegistered(code, "school " + n, county,
                        SchoolClassification.values()[n % 3], SchoolLevel.values()[n % 4], SchoolOwnership.PUBLIC,
                        null, 200 + n % 900, false, false, n % 17 == 0, day));
                topic.publish("school-" + code, new SchoolDetailsChanged(code, "school " + n,
                        SchoolClassification.RURAL, SchoolLevel.values()[n % 4], SchoolOwnership.PUBLIC, null,
                        210 + n % 900, false, false, false, day.plusDays(n % 700)));
                count += 2;
                if (n % 4 == 3) {
                    String community = UUID.randomUUID().toString();
                    topic.publish("community-" + community, new CommunityFormed(community, "community " + n,
                            CommunityModel.values()[n % 3], null, schools.get(n - 3), List.of(schools.get(n - 2)),
                            new Agreement(day, "goals", "content", day, day.plusYears(3)), day.plusDays(n % 300)));
                    topic.publish("community-" + community, new MemberJoined(community, schools.get(n - 1),
                            day.plusDays(n % 500)));
                    count += 2;
                }
            }
            topic.flush();
        }
        return count;
    }

    private double rawConsumerRate(long expected) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1000), new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.COMMUNITY).stream()
                    .map(info -> new TopicPartition(Topics.COMMUNITY, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long read = 0;
            long started = System.nanoTime();
            while (read < expected) {
                read += consumer.poll(Duration.ofMillis(500)).count();
            }
            return read / ((System.nanoTime() - started) / 1e9);
        }
    }
}
