package edu.community.assessment.benchmark;

import edu.community.assessment.messaging.ProvincialReportProjection;
import edu.community.contracts.EventContracts;
import edu.community.contracts.community.Agreement;
import edu.community.contracts.community.CommunityFormed;
import edu.community.contracts.community.CommunityModel;
import edu.community.contracts.community.MemberJoined;
import edu.community.contracts.community.SchoolClassification;
import edu.community.contracts.community.SchoolDetailsChanged;
import edu.community.contracts.community.SchoolLevel;
import edu.community.contracts.community.SchoolOwnership;
import edu.community.contracts.community.SchoolRegistered;
import edu.community.eventsourcing.consume.Envelope;
import edu.community.eventsourcing.projection.Projections;
import edu.community.eventsourcing.testing.TestInfrastructure;
import edu.community.eventsourcing.testing.TestTokens;
import edu.community.reference.Divisions;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Not a test: loads a province of 5,400 schools into the report's read model, measures the county, city and
 * province reports over HTTP at concurrency 1 and 16 beside a hand-written SQL aggregate over the same tables,
 * then adds the rest of the country up to 200,000 schools and measures again. Prints a markdown table. Run it
 * alone, with the service's heap as in production:
 * {@code mvn -pl assessment-service verify -Dtest=ReportReadBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * -Dtest.jvm.args="-Xmx256m -XX:+UseSerialGC"}.
 */
@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
@TestProfile(RebuildBenchmark.NoLiveConsumer.class)
class ReportReadBenchmark {

    static final int PROVINCE_SCHOOLS = 5_400;
    static final int NATIONAL_SCHOOLS = 200_000;
    static final String COUNTY = "330106";
    static final String CITY = "330100";
    static final String PROVINCE = "330000";
    static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    static final int BATCH = 1_000;
    static final String TOKEN = TestTokens.bearer("330000", "province-officer");

    @Inject
    Pool pool;
    @Inject
    Projections projections;
    @Inject
    ProvincialReportProjection projection;
    @TestHTTPResource("/")
    URL base;

    private final Divisions divisions = Divisions.gbT2260();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final List<String> table = new ArrayList<>();

    @Test
    void report_latency_at_a_province_and_at_national_scale() throws Exception {
        table.add("| schools | unit | clients | API p50 ms | API p99 ms | SQL p50 ms | SQL p99 ms | API/SQL p50 |");
        table.add("| --- | --- | --- | --- | --- | --- | --- | --- |");
        String schema = projections.activeSchema(projection).await().atMost(Duration.ofMinutes(1));
        List<String> zhejiang = countiesOf(List.of(PROVINCE));
        long events = load(schema, zhejiang, PROVINCE_SCHOOLS, 0);
        measure(schema, PROVINCE_SCHOOLS);

        List<String> provinces = new ArrayList<>();
        for (int code = 11; code <= 82; code++) {
            String province = code + "0000";
            if (!province.equals(PROVINCE) && !divisions.childrenOf(province).isEmpty()) {
                provinces.add(province);
            }
        }
        events += load(schema, countiesOf(provinces), NATIONAL_SCHOOLS - PROVINCE_SCHOOLS, PROVINCE_SCHOOLS);
        measure(schema, NATIONAL_SCHOOLS);
        System.out.printf("%nBENCHMARK report reads (heap max %d MB, %d events in the read model)%n%n%s%n",
                Runtime.getRuntime().maxMemory() >> 20, events, String.join("\n", table));
    }

    /**
     * Registers schools across the counties with communities among them, through the projection's rebuild path:
     * facts batch by batch, then every timeline.
     */
    private long load(String schema, List<String> counties, int schools, int offset) {
        Random random = new Random(20261129L + offset);
        List<Envelope<Record>> batch = new ArrayList<>();
        long events = 0;
        long started = System.nanoTime();
        List<String> codes = new ArrayList<>();
        LocalDate registered = LocalDate.of(2020, 9, 1);
        for (int n = 0; n < schools; n++) {
            String county = counties.get(n % counties.size());
            String code = county + String.format("%04d", (offset + n) / counties.size() % 10_000);
            codes.add(code);
            SchoolClassification classification = random.nextInt(100) < 30 ? SchoolClassification.URBAN
                    : random.nextBoolean() ? SchoolClassification.TOWNSHIP : SchoolClassification.RURAL;
            SchoolLevel level = SchoolLevel.values()[random.nextInt(3)];
            batch.add(envelope("school-" + code, 1, new SchoolRegistered(code, "school " + code, county, classification,
                    level, SchoolOwnership.PUBLIC, null, 200 + random.nextInt(1500), false, false, false,
                    registered.plusDays(random.nextInt(30)))));
            if (n % 10 == 0) {
                batch.add(envelope("school-" + code, 2, new SchoolDetailsChanged(code, "school " + code,
                        SchoolClassification.RURAL, level, SchoolOwnership.PUBLIC, null, 300, false, false, false,
                        registered.plusDays(400 + random.nextInt(700)))));
            }
            if (n % 4 == 3) {
                String community = UUID.nameUUIDFromBytes(("community-" + (offset + n)).getBytes()).toString();
                int model = random.nextInt(100);
                CommunityModel chosen = model < 17 ? CommunityModel.INTEGRATED
                        : model < 88 ? CommunityModel.CO_CONSTRUCTION : CommunityModel.COLLABORATIVE;
                LocalDate formed = registered.plusDays(180 + random.nextInt(900));
                batch.add(envelope("community-" + community, 1, new CommunityFormed(community, "community " + n, chosen,
                        null, codes.get(n - 3), List.of(codes.get(n - 2)),
                        new Agreement(formed, "goals", "content", formed, formed.plusYears(3)), formed)));
                batch.add(envelope("community-" + community, 2, new MemberJoined(community, codes.get(n - 1),
                        formed.plusDays(random.nextInt(300)))));
            }
            if (batch.size() >= BATCH) {
                events += write(schema, batch);
                batch = new ArrayList<>();
            }
        }
        events += write(schema, batch);
        double facts = (System.nanoTime() - started) / 1e9;
        // A rebuild derives the read model once from every fact of a new generation: start it again from empty.
        pool.query("truncate " + schema + ".contribution, " + schema + ".figure_delta, " + schema + ".community_state, "
                + schema + ".member_line").execute().await().atMost(Duration.ofMinutes(5));
        projection.loaded(pool, schema).await().atMost(Duration.ofHours(1));
        double total = (System.nanoTime() - started) / 1e9;
        System.out.printf("BENCHMARK loaded %d schools (%d events) as a rebuild does: facts in %.1f s, every timeline"
                + " in %.1f s more; %.0f events/s in all%n", schools, events, facts, total - facts, events / total);
        return events;
    }

    private long write(String schema, List<Envelope<Record>> batch) {
        pool.withTransaction(tx -> projection.load(tx, schema, batch)).await().atMost(Duration.ofMinutes(5));
        return batch.size();
    }

    private static Envelope<Record> envelope(String stream, int version, Record data) {
        return new Envelope<>(UUID.randomUUID(), EventContracts.cloudEventType(data.getClass()),
                "urn:edu-community:community-service", stream, version, OffsetDateTime.now(), null, null, null, data);
    }

    private List<String> countiesOf(List<String> provinces) {
        List<String> counties = new ArrayList<>();
        for (String province : provinces) {
            for (String city : divisions.childrenOf(province)) {
                counties.addAll(divisions.childrenOf(city));
            }
        }
        return counties;
    }

    private void measure(String schema, int schools) throws Exception {
        for (String unit : List.of(COUNTY, CITY, PROVINCE)) {
            Callable<Long> api = () -> timed(() -> get(unit));
            Callable<Long> sql = () -> timed(() -> aggregate(schema, unit));
            for (int clients : new int[]{1, 16}) {
                run(api, clients, clients == 1 ? 100 : 10);
                run(sql, clients, clients == 1 ? 100 : 10);
                long[] apiTimes = run(api, clients, clients == 1 ? 200 : 40);
                long[] sqlTimes = run(sql, clients, clients == 1 ? 200 : 40);
                table.add(String.format("| %,d | %s | %d | %.1f | %.1f | %.1f | %.1f | %.2f |", schools, unit, clients,
                        pct(apiTimes, 50), pct(apiTimes, 99), pct(sqlTimes, 50), pct(sqlTimes, 99),
                        pct(apiTimes, 50) / pct(sqlTimes, 50)));
            }
        }
    }

    /** Each of {@code clients} threads sends {@code each} requests one after another; answers every latency. */
    private static long[] run(Callable<Long> request, int clients, int each) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        try {
            List<Future<List<Long>>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                futures.add(threads.submit(() -> {
                    List<Long> times = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        times.add(request.call());
                    }
                    return times;
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> future : futures) {
                all.addAll(future.get());
            }
            return all.stream().mapToLong(Long::longValue).sorted().toArray();
        } finally {
            threads.shutdown();
        }
    }

    private static double pct(long[] sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static long timed(Runnable request) {
        long started = System.nanoTime();
        request.run();
        return System.nanoTime() - started;
    }

    private void get(String unit) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "api/v1/reports/provincial/divisions/"
                            + unit + "?asOf=" + AS_OF)).header("Authorization", TOKEN).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(unit + " answered " + response.statusCode() + ": " + response.body());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The baseline: one hand-written aggregate over the same stored spans giving the unit's and its children's
     * figures on the date (a province or city rolled up from its counties' spans, a county with its communities),
     * without the service, its deltas, quotas or JSON.
     */
    private void aggregate(String schema, String unit) {
        String validOn = " and valid_from <= $3 and (valid_to is null or valid_to > $3)";
        String sql;
        Tuple parameters;
        if (unit.endsWith("0000") || unit.endsWith("00")) {
            int childDigits = unit.endsWith("0000") ? 4 : 6;
            String prefix = unit.substring(0, unit.endsWith("0000") ? 2 : 4);
            sql = "select left(unit, " + childDigits + "), figure, sum(weight) from " + schema + ".contribution"
                    + " where unit between $1 and $2" + validOn + " group by figure, rollup(left(unit, " + childDigits + "))";
            parameters = Tuple.of(prefix + "0".repeat(6 - prefix.length() - 1) + "1", prefix + "9".repeat(6 - prefix.length()), AS_OF);
        } else {
            sql = "select unit, figure, sum(weight) from " + schema + ".contribution where unit = any(array(select"
                    + " 'community/' || community_id from " + schema + ".community_state where core_county = $2"
                    + " and valid_from <= $3 and (valid_to is null or valid_to > $3)) || $1::text)" + validOn
                    + " group by unit, figure";
            parameters = Tuple.of(unit, unit, AS_OF);
        }
        pool.preparedQuery(sql).execute(parameters).await().atMost(Duration.ofMinutes(1));
    }
}
