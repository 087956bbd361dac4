package edu.community.assessment.api;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.community.eventsourcing.testing.CommunityTopic;
import edu.community.contracts.community.SchoolClassification;
import edu.community.contracts.community.SchoolLevel;
import edu.community.contracts.community.SchoolOwnership;
import edu.community.contracts.community.SchoolRegistered;
import edu.community.eventsourcing.hostile.Endpoint;
import edu.community.eventsourcing.hostile.HostileInputSuite;
import edu.community.eventsourcing.hostile.Target;
import edu.community.eventsourcing.testing.TestInfrastructure;
import edu.community.eventsourcing.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Every write endpoint of assessment-service against generated hostile input. Statistics need schools the service
 * knows from community-service's topic: a pool of them is published once, in Fuzhou (350102), apart from the other
 * tests' divisions; each target takes a school of its own so that its baseline submission is new.
 */
@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class HostileInputTest extends HostileInputSuite {

    private static final String COUNTY = "350102";
    private static final String SUBJECT = "hostile-input-suite";
    /** Also an assessor, so that the scores endpoint has a baseline (rounds it scores lie outside 350000). */
    private static final String CALLER = TestTokens.bearerFor(SUBJECT, "350000", "province-officer", "assessor");
    private static final int POOL = 400;
    private static Iterator<String> schools;

    @Inject
    ObjectMapper json;
    private AssessmentFixtures assessment;

    @Override
    protected String authorization() {
        return CALLER;
    }

    @Override
    protected Target prepare(Endpoint endpoint) {
        return switch (endpoint.operation()) {
            case "PUT /api/v1/school-statistics/{schoolCode}/{schoolYear}/{stage}" -> {
                String school = nextSchool();
                yield Target.of(Map.of("schoolCode", school, "schoolYear", "2024", "stage", "PRIMARY"), figures(school));
            }
            case "POST /api/v1/school-statistics/import" -> Target.of(Map.of(), figures(nextSchool()));
            case "POST /api/v1/assessment/schemes" -> assessment().scheme();
            case "POST /api/v1/assessment/rounds" -> assessment().round();
            case "POST /api/v1/assessment/rounds/{roundId}/assessors" -> assessment().assessors();
            case "PUT /api/v1/assessment/rounds/{roundId}/scores/{communityId}" -> assessment().scores();
            case "POST /api/v1/assessment/rounds/{roundId}/scoring-closure" -> assessment().closure();
            case "POST /api/v1/assessment/rounds/{roundId}/publication" -> assessment().publication();
            case "POST /api/v1/assessment/rounds/{roundId}/corrections" -> assessment().correction();
            default -> Target.none();
        };
    }

    /** The rebuilds this suite started are over before another test class starts its own. */
    @AfterEach
    void awaitRebuilds() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            String state = given().header("Authorization", CALLER)
                    .when().get("/api/v1/reports/provincial/rebuild").then().statusCode(200).extract().path("state");
            if (!"RUNNING".equals(state)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("a rebuild of the report still runs after 120 s");
    }

    private synchronized AssessmentFixtures assessment() {
        if (assessment == null) {
            assessment = new AssessmentFixtures(json, CALLER, SUBJECT);
        }
        return assessment;
    }

    private static Map<String, Object> figures(String school) {
        Map<String, Object> figures = new HashMap<>(Map.ofEntries(Map.entry("schoolCode", school),
                Map.entry("schoolYear", 2024), Map.entry("stage", "PRIMARY"), Map.entry("students", 450),
                Map.entry("teachers", 40), Map.entry("qualifiedTeachers", 20), Map.entry("backboneTeachers", 5),
                Map.entry("peArtsTeachers", 5), Map.entry("midTitledTeachers", 20),
                Map.entry("multimediaClassrooms", 11), Map.entry("computers", 56), Map.entry("books", 2790),
                Map.entry("floorSpace", 2250.0), Map.entry("sportsSpace", 3600.0),
                Map.entry("equipmentValue", 945000.0)));
        figures.put("effectiveDate", "2024-09-01");
        return figures;
    }

    private synchronized String nextSchool() {
        if (schools == null) {
            schools = publishSchools().iterator();
        }
        if (!schools.hasNext()) {
            throw new IllegalStateException("the pool of " + POOL + " schools is used up: raise POOL");
        }
        return schools.next();
    }

    private Iterable<String> publishSchools() {
        var codes = IntStream.rangeClosed(1, POOL).mapToObj(i -> COUNTY + String.format("%04d", i)).toList();
        try (CommunityTopic topic = new CommunityTopic(json)) {
            codes.forEach(code -> topic.publish("school-" + code, new SchoolRegistered(code, "school " + code, COUNTY,
                    SchoolClassification.RURAL, SchoolLevel.PRIMARY, SchoolOwnership.PUBLIC, null, 450, false, false,
                    false, LocalDate.of(2020, 9, 1))));
            topic.flush();
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            Integer known = given().header("Authorization", CALLER).queryParam("asOf", "2024-09-01")
                    .when().get("/api/v1/reports/provincial/divisions/" + COUNTY)
                    .then().statusCode(200).extract().path("figures.'schools.total'");
            if (known != null && known == POOL) {
                return codes;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("the " + POOL + " schools did not reach the report within 120 s");
    }
}
