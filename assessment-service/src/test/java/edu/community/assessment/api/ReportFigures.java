package edu.community.assessment.api;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.time.Duration;

/** Waits for a figure of the provincial report through the API, as a caller would: the report is kept from topics. */
final class ReportFigures {

    private static final Duration LIMIT = Duration.ofSeconds(180);

    private ReportFigures() {
    }

    /**
     * Waits until the report ({@code divisions/<code>} or {@code communities/<id>}) shows the figure's value on the
     * date; a report not there yet (404) is waited for too.
     */
    static void await(String token, String report, String asOf, String figure, int expected) {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        Object found = null;
        while (System.nanoTime() < deadline) {
            Response answer = given().header("Authorization", token).queryParam("asOf", asOf)
                    .when().get("/api/v1/reports/provincial/" + report);
            if (answer.statusCode() == 200) {
                found = answer.jsonPath().getMap("figures").get(figure);
                if (Integer.valueOf(expected).equals(found)) {
                    return;
                }
            }
            pause();
        }
        throw new AssertionError(report + " shows " + figure + " " + found + " on " + asOf + ", not " + expected);
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for a report figure", e);
        }
    }
}
