package edu.community.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import edu.community.contracts.EventContracts;
import edu.community.contracts.community.Agreement;
import edu.community.contracts.community.CommunityFormed;
import edu.community.contracts.community.CommunityModel;
import edu.community.contracts.community.GroupType;
import edu.community.contracts.community.SchoolClassification;
import edu.community.contracts.community.SchoolDetailsChanged;
import edu.community.contracts.community.SchoolLevel;
import edu.community.contracts.community.SchoolOwnership;
import edu.community.contracts.community.SchoolRegistered;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Fills community-service's topic to a national size without the register: the national demo province (every
 * province of the reference data but Zhejiang, whose schools the benchmark loads through the API) written as
 * community-service's publisher writes events (CloudEvents binary mode, key = stream id, versions in order), each
 * school registered and then changed on later dates until the topic holds {@code targetEvents}. Only the report
 * reads these: community-service's own store does not hold them, so this is for a benchmark stack only.
 */
final class BenchTopicFill {

    private static final String TOPIC = "edu.community.events";
    private static final String SOURCE = "urn:edu-community:community-service";
    private static final LocalDate REGISTERED = LocalDate.of(2020, 9, 1);

    private final String bootstrap;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    BenchTopicFill(String bootstrap) {
        this.bootstrap = bootstrap;
    }

    void fill(int schools, long targetEvents) throws Exception {
        long before = eventsOnTopic();
        List<String> provinces = DemoProvince.allProvinces().stream().filter(code -> !code.equals("330000")).toList();
        DemoProvince nation = DemoProvince.generate(provinces, schools, 2026);
        long left = Math.max(0, targetEvents - before - nation.communities().size());
        int perSchool = (int) Math.max(1, Math.ceil((double) left / nation.schools().size()));
        System.err.printf("fill: %d events on the topic; adding %d schools (%d events each) and %d communities%n",
                before, nation.schools().size(), perSchool, nation.communities().size());
        long sent = 0;
        long started = System.nanoTime();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 20, ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4"), new StringSerializer(), new ByteArraySerializer())) {
            Progress progress = new Progress(System.err, "topic fill ", nation.schools().size());
            int n = 0;
            for (DemoSchool school : nation.schools()) {
                String stream = "school-" + school.code();
                SchoolClassification classification = SchoolClassification.valueOf(school.classification());
                SchoolLevel level = SchoolLevel.valueOf(school.level());
                send(producer, stream, 1, school.county(), new SchoolRegistered(school.code(), school.name(),
                        school.county(), classification, level, SchoolOwnership.PUBLIC, school.legalEntity(),
                        school.enrolment(), false, false, false, REGISTERED));
                for (int version = 2; version <= perSchool; version++) {
                    // Enrolment changes every year; every third change also reclassifies the school.
                    SchoolClassification now = version % 3 == 0 && classification != SchoolClassification.URBAN
                            ? SchoolClassification.RURAL : classification;
                    send(producer, stream, version, school.county(), new SchoolDetailsChanged(school.code(),
                            school.name(), now, level, SchoolOwnership.PUBLIC, school.legalEntity(),
                            school.enrolment() + version, false, false, false, REGISTERED.plusYears(version - 1)));
                }
                sent += perSchool;
                if (++n % 1000 == 0) {
                    progress.advance(1000);
                }
            }
            for (DemoCommunity community : nation.communities()) {
                send(producer, "community-" + community.id(), 1, community.core().substring(0, 6),
                        new CommunityFormed(community.id().toString(), community.name(),
                                CommunityModel.valueOf(community.model()),
                                community.groupType() == null ? null : GroupType.valueOf(community.groupType()),
                                community.core(), community.members(), new Agreement(community.formedOn().minusDays(10),
                                "城乡学校共同提升", "教师交流、同步课堂、联合教研", community.formedOn(),
                                community.formedOn().plusYears(3).minusDays(1)), community.formedOn()));
                sent++;
            }
            producer.flush();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long after = eventsOnTopic();
        BenchMain.figure("fill.sent", sent);
        BenchMain.figure("fill.schools", nation.schools().size());
        BenchMain.figure("fill.communities", nation.communities().size());
        BenchMain.figure("fill.topic-events", after);
        BenchMain.figure("fill.rate", sent / seconds);
        System.err.printf("fill: %d events sent in %.1f s; the topic holds %d%n", sent, seconds, after);
    }

    private void send(KafkaProducer<String, byte[]> producer, String stream, int version, String region, Record event)
            throws JsonProcessingException {
        String id = UUID.randomUUID().toString();
        OffsetDateTime now = OffsetDateTime.now();
        RecordHeaders headers = new RecordHeaders();
        header(headers, "ce_specversion", "1.0");
        header(headers, "ce_id", id);
        header(headers, "ce_source", SOURCE);
        header(headers, "ce_type", EventContracts.cloudEventType(event.getClass()));
        header(headers, "ce_subject", stream);
        header(headers, "ce_time", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(now));
        header(headers, "content-type", "application/json");
        header(headers, "ce_correlationid", id);
        header(headers, "ce_causationid", id);
        header(headers, "ce_streamversion", Integer.toString(version));
        header(headers, "ce_region", region);
        header(headers, "ce_actor", "benchmark-fill");
        producer.send(new ProducerRecord<>(TOPIC, null, now.toInstant().toEpochMilli(), stream,
                json.writeValueAsBytes(event), headers));
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** Records on the topic: the sum of its partitions' end offsets. */
    long eventsOnTopic() throws Exception {
        try (Admin admin = Admin.create(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            var partitions = admin.describeTopics(List.of(TOPIC)).allTopicNames().get().get(TOPIC).partitions();
            Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
            partitions.forEach(info -> latest.put(new TopicPartition(TOPIC, info.partition()), OffsetSpec.latest()));
            return admin.listOffsets(latest).all().get().values().stream().mapToLong(info -> info.offset()).sum();
        }
    }
}
