package edu.community.staffing.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.community.contracts.community.CommunityModel;
import edu.community.contracts.community.SchoolClassification;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Mentor–apprentice pairs through the API. Schools of Tongxiang (330483). */
@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class MentorshipApiTest {

    private static final String TONGXIANG = "330483";
    private static final String PROVINCE = TestTokens.bearer("330000", "province-officer");

    @Inject
    ObjectMapper json;

    @Inject
    Pool pool;

    @Test
    void a_remote_pair_of_one_community_is_formed_and_ended_and_an_outsider_is_refused() {
        String core = Schools.newSchoolCode(TONGXIANG);
        String member = Schools.newSchoolCode(TONGXIANG);
        String outsider = Schools.newSchoolCode(TONGXIANG);
        try (CommunityTopic topic = new CommunityTopic(json)) {
            Schools.school(topic, core, TONGXIANG, SchoolClassification.URBAN);
            Schools.school(topic, member, TONGXIANG, SchoolClassification.RURAL);
            Schools.school(topic, outsider, TONGXIANG, SchoolClassification.RURAL);
            Schools.formed(topic, UUID.randomUUID().toString(), CommunityModel.INTEGRATED, core, List.of(member),
                    LocalDate.of(2022, 9, 1));
            topic.awaitApplied(pool, Schools.FACTS_CONSUMER);
        }
        String mentor = People.registered(PROVINCE, "名师", TONGXIANG, core, "TEACHER", "2005-09-01", "PROVINCE");
        String apprentice = People.registered(PROVINCE, "新教师", TONGXIANG, member, "TEACHER", "2023-09-01", "NONE");
        String stranger = People.registered(PROVINCE, "他校", TONGXIANG, outsider, "TEACHER", "2023-09-01", "NONE");
        People.post(PROVINCE, "/api/v1/mentorships", Map.of("mentorId", mentor, "apprenticeId", stranger,
                "mode", "REMOTE", "effectiveDate", "2023-10-01")).then().statusCode(422)
                .body("rule", equalTo("mentorship.outside-community"));
        People.post(TestTokens.bearerWithSchool(TONGXIANG, core, "school-officer"), "/api/v1/mentorships",
                Map.of("mentorId", mentor, "apprenticeId", apprentice, "mode", "REMOTE", "effectiveDate", "2023-10-01"))
                .then().statusCode(403).body("type", equalTo("urn:edu-community:problem:outside-school"));
        String pair = People.post(TestTokens.bearerWithSchool(TONGXIANG, member, "school-officer"), "/api/v1/mentorships",
                        Map.of("mentorId", mentor, "apprenticeId", apprentice, "mode", "REMOTE",
                                "effectiveDate", "2023-10-01"))
                .then().statusCode(201).body("mentorSchool", equalTo(core)).body("apprenticeSchool", equalTo(member))
                .extract().path("mentorshipId");
        People.post(PROVINCE, "/api/v1/mentorships/" + pair + "/end", Map.of("reason", "出师",
                "effectiveDate", "2023-09-30")).then().statusCode(422).body("rule", equalTo("mentorship.end-before-start"));
        People.post(PROVINCE, "/api/v1/mentorships/" + pair + "/end", Map.of("reason", "出师",
                "effectiveDate", "2024-07-15")).then().statusCode(200).body("endedOn", equalTo("2024-07-15"));
        given().header("Authorization", PROVINCE).when().get("/api/v1/mentorships/" + pair)
                .then().statusCode(200).body("mode", equalTo("REMOTE")).header("ETag", "\"2\"");
    }
}
