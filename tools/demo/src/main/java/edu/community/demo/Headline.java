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
import java.util.Map;

/**
 * The provincial report's headline figures once the report has caught up with what was loaded (the report is a
 * projection of the three services' topics, so it follows the writes within moments).
 */
final class Headline {

    static final List<String> FIGURES = List.of("schools.total", "schools.classification.URBAN",
            "schools.classification.TOWNSHIP", "schools.classification.RURAL", "schools.publicCompulsory",
            "communities.total", "communities.model.INTEGRATED", "communities.model.CO_CONSTRUCTION",
            "communities.model.COLLABORATIVE", "coverage.members", "coverage.publicCompulsory",
            "pairings.crossRegion", "pairings.crossRegion.MOUNTAIN", "pairings.crossRegion.ISLAND");
    static final List<String> FLOW_FIGURES = List.of("postings.started", "postings.started.ROTATION",
            "postings.started.SUPPORT_TEACHING", "postings.active", "sync.lessons", "activities.held",
            "activities.participants");

    private final HttpClient http;
    private final URI assessment;
    private final AccessTokens tokens;

    Headline(HttpClient http, URI assessment, AccessTokens tokens) {
        this.http = http;
        this.assessment = assessment;
        this.tokens = tokens;
    }

    /**
     * Waits until the report of the division for the school year (today, or the year's last day) counts at least
     * the figures given, and answers its figures; says so on standard error when it has not caught up in time.
     */
    JsonNode await(String division, int schoolYear, Map<String, Long> atLeast, Duration limit)
            throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        JsonNode figures = report(division, schoolYear);
        while (!caughtUp(figures, atLeast) && Instant.now().isBefore(deadline)) {
            Thread.sleep(1000);
            figures = report(division, schoolYear);
        }
        if (!caughtUp(figures, atLeast)) {
            JsonNode so = figures;
            System.err.printf("The report of %s has not caught up within %s: expected at least %s, has %s%n", division,
                    limit, atLeast, atLeast.keySet().stream().map(name -> name + "=" + so.path(name).asText("0")).toList());
        }
        return figures;
    }

    /** The table: the register's figures, the year's flows, and the first places of the published round. */
    void print(String division, int schoolYear, JsonNode figures, List<RoundLoader.Place> top, PrintStream out) {
        out.printf("%n| provincial report %s, school year %d-%d | |%n| --- | ---: |%n", division, schoolYear,
                schoolYear + 1);
        for (String figure : FIGURES) {
            out.printf("| %s | %s |%n", figure, figures.path(figure).asText("0"));
        }
        for (String figure : FLOW_FIGURES) {
            out.printf("| %s | %s |%n", figure, figures.path(figure).asText("0"));
        }
        double minutes = figures.path("sync.minutes.RURAL").asDouble() + figures.path("sync.minutes.TOWNSHIP").asDouble();
        out.printf("| sync hours to rural and township schools (sync.minutes.RURAL + TOWNSHIP) | %.1f |%n",
                minutes / 60);
        for (RoundLoader.Place place : top) {
            out.printf("| assessment round %s, rank %d | %s (core %s): %.2f%s |%n", division, place.rank(),
                    place.community(), place.coreSchool(), place.total(),
                    place.tieBrokenBy() == null ? "" : ", tie broken by " + place.tieBrokenBy());
        }
    }

    private static boolean caughtUp(JsonNode figures, Map<String, Long> atLeast) {
        return atLeast.entrySet().stream().allMatch(figure -> figures.path(figure.getKey()).asLong() >= figure.getValue());
    }

    private JsonNode report(String division, int schoolYear) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        assessment.resolve("/api/v1/reports/provincial/divisions/" + division + "?schoolYear=" + schoolYear))
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
