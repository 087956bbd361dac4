package edu.community.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The provincial report's headline figures once the report has caught up with what was loaded (the report is a
 * projection of the community topic, so it follows the writes within moments).
 */
final class Headline {

    static final List<String> FIGURES = List.of("schools.total", "schools.classification.URBAN",
            "schools.classification.TOWNSHIP", "schools.classification.RURAL", "schools.publicCompulsory",
            "communities.total", "communities.model.INTEGRATED", "communities.model.CO_CONSTRUCTION",
            "communities.model.COLLABORATIVE", "coverage.members", "coverage.publicCompulsory",
            "pairings.crossRegion", "pairings.crossRegion.MOUNTAIN", "pairings.crossRegion.ISLAND");

    private final HttpClient http;
    private final URI assessment;
    private final AccessTokens tokens;

    Headline(HttpClient http, URI assessment, AccessTokens tokens) {
        this.http = http;
        this.assessment = assessment;
        this.tokens = tokens;
    }

    /** Waits until the report of the division counts the schools and communities loaded, then prints it. */
    void print(String division, long schools, long communities, Duration limit, PrintStream out)
            throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        JsonNode figures = report(division);
        while (!caughtUp(figures, schools, communities) && Instant.now().isBefore(deadline)) {
            Thread.sleep(1000);
            figures = report(division);
        }
        if (!caughtUp(figures, schools, communities)) {
            out.printf("The report of %s has not caught up within %s (%s schools, %s communities so far; loaded %d and %d).%n",
                    division, limit, figures.path("schools.total").asText("0"),
                    figures.path("communities.total").asText("0"), schools, communities);
        }
        out.printf("%n| provincial report %s, today | |%n| --- | ---: |%n", division);
        for (String figure : FIGURES) {
            out.printf("| %s | %s |%n", figure, figures.path(figure).asText("0"));
        }
    }

    private static boolean caughtUp(JsonNode figures, long schools, long communities) {
        return figures.path("schools.total").asLong() >= schools && figures.path("communities.total").asLong() >= communities;
    }

    private JsonNode report(String division) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        assessment.resolve("/api/v1/reports/provincial/divisions/" + division))
                .header("Authorization", tokens.bearer()).timeout(Duration.ofMinutes(1)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 503) {
            return new ObjectMapper().createObjectNode(); // being rebuilt (after an upgrade): not caught up yet
        }
        if (response.statusCode() != 200) {
            throw new IOException("report of " + division + " answered " + response.statusCode() + ": " + response.body());
        }
        return new ObjectMapper().readTree(response.body()).path("figures");
    }
}
