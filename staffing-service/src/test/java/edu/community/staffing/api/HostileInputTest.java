package edu.community.staffing.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.community.contracts.community.CommunityModel;
import edu.community.contracts.community.SchoolClassification;
import edu.community.eventsourcing.hostile.Endpoint;
import edu.community.eventsourcing.hostile.HostileInputSuite;
import edu.community.eventsourcing.hostile.Target;
import edu.community.eventsourcing.testing.CommunityTopic;
import edu.community.eventsourcing.testing.TestInfrastructure;
import edu.community.eventsourcing.testing.TestTokens;
import edu.community.staffing.support.People;
import edu.community.staffing.support.Schools;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Every write endpoint of staffing-service against generated hostile input. The community and its schools live in
 * Fuzhou (350102), apart from the other tests' divisions.
 */
@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class HostileInputTest extends HostileInputSuite {

    private static final String COUNTY = "350102";
    private static final String CALLER = TestTokens.bearer("350000", "province-officer");
    private static final String CORE = Schools.newSchoolCode(COUNTY);
    private static final String MEMBER = Schools.newSchoolCode(COUNTY);
    private static final String OTHER = Schools.newSchoolCode(COUNTY);
    private static boolean published;

    @Inject
    ObjectMapper json;

    @Inject
    Pool pool;

    @Override
    protected String authorization() {
        return CALLER;
    }

    @Override
    protected Target prepare(Endpoint endpoint) {
        publishCommunity();
        return switch (endpoint.operation()) {
            case "POST /api/v1/staff" -> Target.of(Map.of(), registration());
            case "POST /api/v1/staff/import" -> Target.of(Map.of(), row());
            case "POST /api/v1/staff/{staffId}/transfers" -> Target.of(Map.of("staffId", person()),
                    Map.of("toSchool", OTHER, "role", "TEACHER", "effectiveDate", "2022-09-01"));
            case "PUT /api/v1/staff/{staffId}/role" -> Target.of(Map.of("staffId", person()),
                    Map.of("role", "PRINCIPAL", "effectiveDate", "2022-09-01"));
            case "PUT /api/v1/staff/{staffId}/title" -> Target.of(Map.of("staffId", person()),
                    Map.of("title", "SENIOR", "effectiveDate", "2022-09-01"));
            case "PUT /api/v1/staff/{staffId}/backbone" -> Target.of(Map.of("staffId", person()),
                    Map.of("backbone", "CITY", "effectiveDate", "2022-09-01"));
            case "POST /api/v1/staff/{staffId}/leaving" -> Target.of(Map.of("staffId", person()),
                    Map.of("reason", "退休", "effectiveDate", "2022-09-01"));
            case "DELETE /api/v1/staff/{staffId}/personal-data" -> Target.of(Map.of("staffId", person()), Map.of());
            case "POST /api/v1/postings" -> Target.of(Map.of(), proposal(person()));
            case "POST /api/v1/postings/{postingId}/approval", "POST /api/v1/postings/{postingId}/rejection",
                 "POST /api/v1/postings/{postingId}/cancellation" -> Target.of(Map.of("postingId", posting(0)),
                    Map.of("reason", "同意", "effectiveDate", "2022-07-01"));
            case "POST /api/v1/postings/{postingId}/start" -> Target.of(Map.of("postingId", posting(1)),
                    Map.of("effectiveDate", "2022-09-01"));
            case "POST /api/v1/postings/{postingId}/completion" -> Target.of(Map.of("postingId", posting(2)),
                    Map.of("recordedAsTransfer", false, "effectiveDate", "2023-08-31"));
            case "POST /api/v1/postings/{postingId}/early-end" -> Target.of(Map.of("postingId", posting(2)),
                    Map.of("reason", "生病", "effectiveDate", "2023-01-31"));
            case "POST /api/v1/mentorships" -> Target.of(Map.of(), Map.of("mentorId", person(), "apprenticeId",
                    apprentice(), "mode", "REMOTE", "effectiveDate", "2022-09-01"));
            case "POST /api/v1/mentorships/{mentorshipId}/end" -> Target.of(Map.of("mentorshipId", pair()),
                    Map.of("reason", "结业", "effectiveDate", "2023-06-30"));
            default -> throw new IllegalStateException("no fixture for " + endpoint.operation());
        };
    }

    private synchronized void publishCommunity() {
        if (published) {
            return;
        }
        try (CommunityTopic topic = new CommunityTopic(json)) {
            Schools.school(topic, CORE, COUNTY, SchoolClassification.URBAN);
            Schools.school(topic, MEMBER, COUNTY, SchoolClassification.RURAL);
            Schools.school(topic, OTHER, COUNTY, SchoolClassification.URBAN);
            Schools.formed(topic, UUID.randomUUID().toString(), CommunityModel.CO_CONSTRUCTION, CORE, List.of(MEMBER),
                    LocalDate.of(2015, 9, 1));
            topic.awaitApplied(pool, Schools.FACTS_CONSUMER);
        }
        published = true;
    }

    private static Map<String, Object> registration() {
        return People.registration("测试", COUNTY, CORE, "TEACHER", "2015-09-01", "NONE");
    }

    private static Map<String, Object> row() {
        Map<String, Object> row = new HashMap<>(registration());
        row.put("subjects", "数学");
        return row;
    }

    private static String person() {
        return People.registered(CALLER, "测试", COUNTY, CORE, "TEACHER", "2015-09-01", "NONE");
    }

    private static String apprentice() {
        return People.registered(CALLER, "徒弟", COUNTY, MEMBER, "TEACHER", "2021-09-01", "NONE");
    }

    private static String pair() {
        return People.post(CALLER, "/api/v1/mentorships", Map.of("mentorId", person(), "apprenticeId", apprentice(),
                "mode", "ON_SITE", "effectiveDate", "2022-09-01")).then().statusCode(201).extract().path("mentorshipId");
    }

    private static Map<String, Object> proposal(String staffId) {
        return Map.of("staffId", staffId, "kind", "ROTATION", "destinationSchool", MEMBER,
                "plannedStart", "2022-09-01", "plannedEnd", "2023-08-31", "reason", "交流",
                "effectiveDate", "2022-06-01");
    }

    /** A posting proposed (steps 0), approved (1) or started (2). */
    private static String posting(int steps) {
        String id = People.post(CALLER, "/api/v1/postings", proposal(person())).then().statusCode(201)
                .extract().path("postingId");
        if (steps >= 1) {
            People.post(CALLER, "/api/v1/postings/" + id + "/approval",
                    Map.of("reason", "同意", "effectiveDate", "2022-06-10")).then().statusCode(200);
        }
        if (steps >= 2) {
            People.post(CALLER, "/api/v1/postings/" + id + "/start", Map.of("effectiveDate", "2022-09-01"))
                    .then().statusCode(200);
        }
        return id;
    }
}
