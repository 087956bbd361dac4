package edu.community.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The write path: {@code POST /api/v1/schools} by N clients for a while, each registering a new school and sending
 * the next request when the previous one answered (201 expected); and a bulk import of schools as one CSV request.
 */
final class BenchWrites {

    private final BenchApi api;
    private final List<String> counties = BenchMain.zhejiangCounties();

    BenchWrites(BenchApi api) {
        this.api = api;
    }

    void run(int clients, int seconds, int codeBase) throws Exception {
        String today = LocalDate.now().toString();
        AtomicInteger next = new AtomicInteger(codeBase);
        AtomicLong failed = new AtomicLong();
        List<Long> micros = Collections.synchronizedList(new ArrayList<>());
        // A short warm-up of the same shape, not counted.
        drive(clients, 2_000_000_000L, next, today, new ArrayList<>(), failed);
        failed.set(0);
        long started = System.nanoTime();
        drive(clients, seconds * 1_000_000_000L, next, today, micros, failed);
        BenchLatencies latencies = BenchLatencies.of(micros, (System.nanoTime() - started) / 1e9);
        latencies.print("writes.c" + clients);
        BenchMain.figure("writes.c" + clients + ".failed", failed.get());
        // Every request of the series, warm-up included: what the CPU time run.sh samples around it was spent on.
        BenchMain.figure("writes.c" + clients + ".sent", next.get() - codeBase);
        System.err.printf("writes, %d clients: p50 %.1f ms, p99 %.1f ms, %.0f/s, %d failed%n", clients,
                latencies.millis(0.5), latencies.millis(0.99), latencies.perSecond(), failed.get());
    }

    private void drive(int clients, long nanos, AtomicInteger next, String today, List<Long> micros, AtomicLong failed)
            throws Exception {
        long deadline = System.nanoTime() + nanos;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Void>> running = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                running.add(pool.submit(() -> {
                    while (System.nanoTime() < deadline) {
                        String body = BenchApi.school(BenchMain.schoolCode(counties, next.getAndIncrement()), today);
                        long sent = System.nanoTime();
                        HttpResponse<String> response = api.postJson("/api/v1/schools", body);
                        long took = (System.nanoTime() - sent) / 1000;
                        if (response.statusCode() == 201) {
                            micros.add(took);
                        } else if (failed.incrementAndGet() <= 3) {
                            System.err.printf("POST /api/v1/schools answered %d: %s%n", response.statusCode(),
                                    response.body());
                        }
                    }
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

    /** One CSV import of {@code count} new schools; prints its duration and rows per second. */
    void importSchools(int count, int codeBase) throws IOException, InterruptedException {
        StringBuilder csv = new StringBuilder(DemoSchool.CSV_HEADER).append('\n');
        String today = LocalDate.now().toString();
        for (int n = codeBase; n < codeBase + count; n++) {
            String code = BenchMain.schoolCode(counties, n);
            csv.append(new DemoSchool(code, "基准导入学校" + code, code.substring(0, 6), "TOWNSHIP", "JUNIOR", 600, null)
                    .csvRow(today)).append('\n');
        }
        long started = System.nanoTime();
        HttpResponse<String> response = api.postCsv("/api/v1/schools/import", csv.toString());
        double seconds = (System.nanoTime() - started) / 1e9;
        if (response.statusCode() != 200) {
            throw new IOException("the import answered " + response.statusCode() + ": " + response.body());
        }
        JsonNode summary = BenchApi.JSON.readTree(response.body()).path("summary");
        long created = summary.path("CREATED").asLong();
        BenchMain.figure("import.rows", count);
        BenchMain.figure("import.created", created);
        BenchMain.figure("import.seconds", seconds);
        BenchMain.figure("import.rate", count / seconds);
        System.err.printf("import of %d schools: %.2f s (%.0f rows/s), summary %s%n", count, seconds, count / seconds, summary);
    }
}
