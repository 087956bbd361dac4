package edu.community.demo;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Freshness: new schools registered at a steady rate (open loop: a request leaves on schedule whether or not the
 * previous ones answered), and for each one the time from its 201 to each step on its way into the report:
 * <ol>
 * <li>the event row committed in community-service's store ({@code pg_xact_commit_timestamp} of the row, the
 * server runs with {@code track_commit_timestamp=on}); before the 201, so this hop is negative;</li>
 * <li>the record readable on the topic by a {@code read_committed} consumer (this program's own, beside the
 * report's);</li>
 * <li>the school's fact committed in the report's active generation (the same transaction as its figures);</li>
 * <li>the report API showing it: for one write in {@code sampleEvery}, its county's report is asked every 20 ms until
 * {@code schools.total} counts it (its county's writes are 90 writes apart, so the count names it).</li>
 * </ol>
 */
final class BenchFreshness {

    private static final String TOPIC = "edu.community.events";

    private final BenchApi api;
    private final String bootstrap;
    private final String communityJdbc;
    private final String assessmentJdbc;
    private final Properties credentials = new Properties();
    private final List<String> counties = BenchMain.zhejiangCounties();

    BenchFreshness(BenchApi api, String bootstrap, String communityJdbc, String assessmentJdbc, String user, String password) {
        this.api = api;
        this.bootstrap = bootstrap;
        this.communityJdbc = communityJdbc;
        this.assessmentJdbc = assessmentJdbc;
        credentials.setProperty("user", user);
        credentials.setProperty("password", password);
    }

    private record Write(String code, long sentMicros, long answeredMicros, int status) {
    }

    void run(String label, int rate, int seconds, int codeBase, int sampleEvery) throws Exception {
        String today = LocalDate.now().toString();
        int total = rate * seconds;
        Map<String, Long> onTopic = new ConcurrentHashMap<>();
        CountDownLatch positioned = new CountDownLatch(1);
        Thread watcher = new Thread(() -> watchTopic(onTopic, positioned), "topic-watcher");
        watcher.setDaemon(true);
        watcher.start();
        if (!positioned.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the topic watcher did not start");
        }
        Map<String, Long> counted = new HashMap<>();
        for (String county : counties) {
            counted.put(county, api.figures(county).path("schools.total").asLong());
        }

        Map<Integer, Write> writes = new ConcurrentHashMap<>();
        Map<Integer, Long> shown = new ConcurrentHashMap<>();
        ExecutorService senders = Executors.newFixedThreadPool(32);
        ExecutorService watchers = Executors.newFixedThreadPool(8);
        long interval = 1_000_000_000L / rate;
        long started = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = started + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            int index = i;
            senders.execute(() -> {
                String code = BenchMain.schoolCode(counties, codeBase + index);
                long sent = nowMicros();
                int status;
                try {
                    status = api.postJson("/api/v1/schools", BenchApi.school(code, today)).statusCode();
                } catch (Exception e) {
                    status = -1;
                }
                writes.put(index, new Write(code, sent, nowMicros(), status));
                if (status == 201 && index % sampleEvery == 0) {
                    // The county's writes of this run up to this one: every 90th write is in the same county.
                    long expected = counted.get(code.substring(0, 6)) + index / counties.size() + 1;
                    watchers.execute(() -> watchReport(code.substring(0, 6), expected, index, shown));
                }
            });
        }
        double sendSeconds = (System.nanoTime() - started) / 1e9;
        senders.shutdown();
        senders.awaitTermination(5, TimeUnit.MINUTES);
        watchers.shutdown();
        watchers.awaitTermination(5, TimeUnit.MINUTES);

        Map<String, Write> answered = new HashMap<>();
        writes.values().stream().filter(write -> write.status() == 201).forEach(write -> answered.put(write.code(), write));
        long refused = total - answered.size();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
        while (!onTopic.keySet().containsAll(answered.keySet().stream().map(code -> "school-" + code).toList())
                && Instant.now().isBefore(deadline) && watcher.isAlive()) {
            Thread.sleep(200);
        }
        Map<String, Long> stored = commitTimes(communityJdbc, "select substr(stream_id, 8),"
                + " (extract(epoch from pg_xact_commit_timestamp(xmin)) * 1000000)::bigint from es_event"
                + " where stream_id = any(?)", answered.keySet().stream().map(code -> "school-" + code).toList());
        Map<String, Long> facts = awaitFacts(answered.keySet(), deadline);

        List<Long> request = new ArrayList<>();
        List<Long> toStore = new ArrayList<>();
        List<Long> toTopic = new ArrayList<>();
        List<Long> toFact = new ArrayList<>();
        List<Long> toReport = new ArrayList<>();
        List<Long> toApi = new ArrayList<>();
        List<Long> factToApi = new ArrayList<>();
        long missing = 0;
        for (Map.Entry<Integer, Write> entry : writes.entrySet()) {
            Write write = entry.getValue();
            if (write.status() != 201) {
                continue;
            }
            Long store = stored.get(write.code());
            Long topic = onTopic.get("school-" + write.code());
            Long fact = facts.get(write.code());
            if (store == null || topic == null || fact == null) {
                missing++;
                continue;
            }
            request.add(write.answeredMicros() - write.sentMicros());
            toStore.add(store - write.answeredMicros());
            toTopic.add(topic - store);
            toFact.add(fact - topic);
            toReport.add(fact - write.answeredMicros());
            Long api = shown.get(entry.getKey());
            if (api != null) {
                toApi.add(api - write.answeredMicros());
                factToApi.add(api - fact);
            }
        }
        BenchMain.figure(label + ".rate", total / sendSeconds);
        BenchMain.figure(label + ".refused", refused);
        BenchMain.figure(label + ".missing", missing);
        BenchLatencies.of(request, 0).print(label + ".request");
        BenchLatencies.of(toStore, 0).print(label + ".hop.store");
        BenchLatencies.of(toTopic, 0).print(label + ".hop.topic");
        BenchLatencies.of(toFact, 0).print(label + ".hop.fact");
        BenchLatencies.of(factToApi, 0).print(label + ".hop.api");
        BenchLatencies.of(toReport, 0).print(label + ".total");
        BenchLatencies.of(toApi, 0).print(label + ".total-api");
        BenchLatencies all = BenchLatencies.of(toReport, 0);
        System.err.printf("freshness at %d writes/s for %d s: 201 -> in the report p50 %.1f ms, p99 %.1f ms"
                        + " (%d writes, %d refused, %d not seen)%n", rate, seconds, all.millis(0.5), all.millis(0.99),
                total, refused, missing);
    }

    private void watchTopic(Map<String, Long> onTopic, CountDownLatch positioned) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 100);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(TOPIC).stream()
                    .map(info -> new TopicPartition(TOPIC, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            positioned.countDown();
            while (!Thread.currentThread().isInterrupted()) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(50))) {
                    onTopic.putIfAbsent(record.key(), nowMicros());
                }
            }
        }
    }

    private void watchReport(String county, long expected, int index, Map<Integer, Long> shown) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        try {
            while (Instant.now().isBefore(deadline)) {
                HttpResponse<String> response = api.report("/api/v1/reports/provincial/divisions/" + county);
                long at = nowMicros();
                if (response.statusCode() == 200 && BenchApi.JSON.readTree(response.body()).path("figures")
                        .path("schools.total").asLong() >= expected) {
                    shown.put(index, at);
                    return;
                }
                Thread.sleep(20);
            }
        } catch (Exception e) {
            System.err.println("report watch of " + county + " failed: " + e);
        }
    }

    private Map<String, Long> awaitFacts(java.util.Set<String> codes, Instant deadline) throws Exception {
        Map<String, Long> facts = Map.of();
        while (Instant.now().isBefore(deadline)) {
            String schema;
            try (Connection connection = DriverManager.getConnection(assessmentJdbc, credentials);
                 ResultSet rows = connection.createStatement().executeQuery(
                         "select active_schema from es_projection where name = 'provincial_report'")) {
                rows.next();
                schema = rows.getString(1);
            }
            facts = commitTimes(assessmentJdbc, "select school_code, (extract(epoch from"
                    + " pg_xact_commit_timestamp(xmin)) * 1000000)::bigint from " + schema + ".school_fact"
                    + " where kind = 'REGISTERED' and school_code = any(?)", new ArrayList<>(codes));
            if (facts.size() >= codes.size()) {
                break;
            }
            Thread.sleep(500);
        }
        return facts;
    }

    private Map<String, Long> commitTimes(String url, String sql, List<String> keys) throws SQLException {
        Map<String, Long> times = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(url, credentials);
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, connection.createArrayOf("text", keys.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    times.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return times;
    }

    private static long nowMicros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000L + now.getNano() / 1000;
    }
}
