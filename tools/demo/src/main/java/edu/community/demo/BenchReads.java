package edu.community.demo;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Report reads: the report of each unit (a county, a city, the province) today, by 1 and 8 clients that each send
 * their next request when the previous one answered. Every answer must be 200.
 */
final class BenchReads {

    private final BenchApi api;

    BenchReads(BenchApi api) {
        this.api = api;
    }

    void run(String label, List<String> units, List<Integer> clients, int requests, int warmup) throws Exception {
        for (String unit : units) {
            measure(unit, 8, warmup); // warm-up, not counted
            for (int c : clients) {
                BenchLatencies latencies = measure(unit, c, requests);
                latencies.print(label + "." + unit + ".c" + c);
                System.err.printf("reads %s %s, %d clients: p50 %.1f ms, p99 %.1f ms, %.0f/s%n", label, unit, c,
                        latencies.millis(0.5), latencies.millis(0.99), latencies.perSecond());
            }
        }
    }

    private BenchLatencies measure(String unit, int clients, int requests) throws Exception {
        String path = "/api/v1/reports/provincial/divisions/" + unit;
        List<Long> micros = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger left = new AtomicInteger(requests);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        try {
            List<Future<Void>> running = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                running.add(pool.submit(() -> {
                    while (left.getAndDecrement() > 0) {
                        long sent = System.nanoTime();
                        HttpResponse<String> response = api.report(path);
                        long took = (System.nanoTime() - sent) / 1000;
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException(path + " answered " + response.statusCode() + ": "
                                    + response.body());
                        }
                        micros.add(took);
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
        return BenchLatencies.of(micros, (System.nanoTime() - started) / 1e9);
    }
}
