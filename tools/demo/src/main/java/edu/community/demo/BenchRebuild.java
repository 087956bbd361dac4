package edu.community.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/** A rebuild of the provincial report from offset zero, started and followed through the API. */
final class BenchRebuild {

    private final BenchApi api;

    BenchRebuild(BenchApi api) {
        this.api = api;
    }

    void run(Duration limit) throws Exception {
        HttpResponse<String> started = api.assessmentPost("/api/v1/reports/provincial/rebuild");
        if (started.statusCode() != 202 && started.statusCode() != 200) {
            throw new IOException("rebuild answered " + started.statusCode() + ": " + started.body());
        }
        long begun = System.nanoTime();
        Instant deadline = Instant.now().plus(limit);
        JsonNode status;
        do {
            Thread.sleep(2000);
            HttpResponse<String> response = api.report("/api/v1/reports/provincial/rebuild");
            status = BenchApi.JSON.readTree(response.body());
            System.err.printf("rebuild: %s, %s applied, %s remaining%n", status.path("state").asText(),
                    status.path("applied").asText(), status.path("remaining").asText());
        } while (status.path("state").asText().equals("RUNNING") && Instant.now().isBefore(deadline));
        if (!status.path("state").asText().equals("SWITCHED")) {
            throw new IOException("the rebuild did not switch within " + limit + ": " + status);
        }
        BenchMain.figure("rebuild.events", status.path("events").asDouble());
        BenchMain.figure("rebuild.rate", status.path("eventsPerSecond").asDouble());
        BenchMain.figure("rebuild.seconds", (System.nanoTime() - begun) / 1e9);
        System.err.printf("rebuild: %s%n", status);
    }
}
