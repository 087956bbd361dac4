package edu.community.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Loads a demo province through the public API, as another government system would: the schools of each county
 * as one CSV import, then each community with its own id (a second run changes nothing).
 */
final class DemoLoader {

    static final String REGISTERED_ON = "2020-09-01";
    private static final int MAX_ATTEMPTS = 30;

    private final HttpClient http;
    private final URI community;
    private final AccessTokens tokens;
    private final int concurrency;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, AtomicLong> outcomes = new ConcurrentHashMap<>();

    DemoLoader(HttpClient http, URI community, AccessTokens tokens, int concurrency) {
        this.http = http;
        this.community = community;
        this.tokens = tokens;
        this.concurrency = concurrency;
    }

    Map<String, Long> load(DemoProvince demo) throws Exception {
        Map<String, List<DemoSchool>> byCounty = new LinkedHashMap<>();
        demo.schools().forEach(school -> byCounty.computeIfAbsent(school.county(), county -> new ArrayList<>()).add(school));
        Progress schools = new Progress(System.err, "schools    ", demo.schools().size());
        runAll(byCounty.values().stream().map(inCounty -> (Task) () -> {
            importSchools(inCounty);
            schools.advance(inCounty.size());
        }).toList());
        Progress communities = new Progress(System.err, "communities", demo.communities().size());
        runAll(demo.communities().stream().map(formed -> (Task) () -> {
            form(formed);
            communities.advance(1);
        }).toList());
        Map<String, Long> counts = new LinkedHashMap<>();
        outcomes.forEach((outcome, count) -> counts.put(outcome, count.get()));
        return counts;
    }

    private void importSchools(List<DemoSchool> inCounty) throws IOException, InterruptedException {
        StringBuilder csv = new StringBuilder(DemoSchool.CSV_HEADER).append('\n');
        inCounty.forEach(school -> csv.append(school.csvRow(REGISTERED_ON)).append('\n'));
        HttpResponse<String> response = call(() -> HttpRequest.newBuilder(community.resolve("/api/v1/schools/import"))
                .header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(csv.toString())));
        if (response.statusCode() != 200) {
            throw new IOException("the import of " + inCounty.get(0).county() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        JsonNode answer = json.readTree(response.body());
        answer.path("summary").fields().forEachRemaining(outcome ->
                count("school " + outcome.getKey(), outcome.getValue().asLong()));
        for (JsonNode row : answer.path("rows")) {
            if ("REJECTED".equals(row.path("outcome").asText())) {
                throw new IOException("school " + row.path("key").asText() + " rejected: " + row.path("problem").asText()
                        + " " + row.path("detail").asText());
            }
        }
    }

    private void form(DemoCommunity formed) throws IOException, InterruptedException {
        ObjectNode body = json.createObjectNode().put("communityId", formed.id().toString()).put("name", formed.name())
                .put("model", formed.model()).put("coreSchool", formed.core())
                .put("effectiveDate", formed.formedOn().toString());
        if (formed.groupType() != null) {
            body.put("groupType", formed.groupType());
        }
        formed.members().forEach(body.putArray("members")::add);
        body.putObject("agreement").put("signedOn", formed.formedOn().minusDays(10).toString())
                .put("goals", "城乡学校共同提升").put("content", "教师交流、同步课堂、联合教研")
                .put("termStart", formed.formedOn().toString())
                .put("termEnd", formed.formedOn().plusYears(3).minusDays(1).toString());
        String content = json.writeValueAsString(body);
        HttpResponse<String> response = call(() -> HttpRequest.newBuilder(community.resolve("/api/v1/communities"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(content)));
        switch (response.statusCode()) {
            case 201 -> count("community formed", 1);
            case 200, 409 -> count("community already formed", 1);
            default -> throw new IOException("forming " + formed.name() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
    }

    /**
     * Sends the request; a 429 (the gateway's rate limit) or 503 is sent again after its Retry-After, which is safe:
     * an import sent twice changes nothing twice and a community carries its own id.
     */
    private HttpResponse<String> call(Supplier<HttpRequest.Builder> request) throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> response = http.send(authorized(request.get()), HttpResponse.BodyHandlers.ofString());
            if ((response.statusCode() != 429 && response.statusCode() != 503) || attempt == MAX_ATTEMPTS) {
                return response;
            }
            long seconds = response.headers().firstValue("Retry-After").filter(value -> value.matches("\\d{1,6}"))
                    .map(Long::parseLong).orElse(1L);
            Thread.sleep(Duration.ofSeconds(Math.max(1, seconds)).toMillis());
        }
    }

    private HttpRequest authorized(HttpRequest.Builder request) throws IOException, InterruptedException {
        return request.header("Authorization", tokens.bearer()).timeout(Duration.ofMinutes(2)).build();
    }

    private void count(String outcome, long by) {
        outcomes.computeIfAbsent(outcome, key -> new AtomicLong()).addAndGet(by);
    }

    private void runAll(List<Task> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<Void>> running = new ArrayList<>();
            for (Task task : tasks) {
                running.add(pool.submit(() -> {
                    task.run();
                    return null;
                }));
            }
            for (Future<Void> future : running) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @FunctionalInterface
    private interface Task {
        void run() throws Exception;
    }
}
