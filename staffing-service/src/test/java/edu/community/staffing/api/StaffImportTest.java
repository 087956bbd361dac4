package edu.community.staffing.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.community.contracts.community.SchoolClassification;
import edu.community.eventsourcing.testing.CommunityTopic;
import edu.community.eventsourcing.testing.TestInfrastructure;
import edu.community.eventsourcing.testing.TestTokens;
import edu.community.staffing.support.Schools;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Staff imports as CSV and JSON lines: a result per row, rejected rows apart, a re-sent file changes nothing. */
@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class StaffImportTest {

    private static final String YUHANG = "330110";
    private static final String PROVINCE = TestTokens.bearer("330000", "province-officer");

    @Inject
    ObjectMapper json;

    @Inject
    Pool pool;

    @Test
    void csv_rows_are_registered_once_and_a_bad_row_is_rejected_with_its_rule() {
        String school = Schools.newSchoolCode(YUHANG);
        try (CommunityTopic topic = new CommunityTopic(json)) {
            Schools.school(topic, school, YUHANG, SchoolClassification.URBAN);
            topic.awaitApplied(pool, Schools.FACTS_CONSUMER);
        }
        LocalDate born = LocalDate.of(1990, 5, 20);
        String first = Schools.residentId(YUHANG, born);
        String second = Schools.residentId(YUHANG, born);
        String wrong = Schools.residentId(YUHANG, born);
        wrong = wrong.substring(0, 17) + (wrong.charAt(17) == '0' ? '1' : '0');
        String csv = "name,residentId,gender,birthDate,contact,role,schoolCode,appointedOn,title,backbone,subjects\n"
                + "许诺," + first + ",FEMALE,1990-05-20,13900000001,TEACHER," + school + ",2015-09-01,SECOND_GRADE,NONE,数学;科学\n"
                + "曹阳," + wrong + ",MALE,1990-05-20,13900000002,TEACHER," + school + ",2015-09-01,SECOND_GRADE,NONE,语文\n"
                + "彭飞," + second + ",MALE,1990-05-20,13900000003,PRINCIPAL," + school + ",2018-09-01,SENIOR,CITY,语文\n";
        given().header("Authorization", PROVINCE).contentType("text/csv; charset=UTF-8").body(csv.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/staff/import").then().statusCode(200)
                .body("summary.CREATED", equalTo(2)).body("summary.REJECTED", equalTo(1))
                .body("rows[1].outcome", equalTo("REJECTED"))
                .body("rows[1].problem", equalTo("staff.resident-id-invalid"))
                .body("rows[0].key", equalTo(first.substring(0, 6) + "********" + first.substring(14)));
        given().header("Authorization", PROVINCE).contentType("text/csv; charset=UTF-8").body(csv.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/staff/import").then().statusCode(200)
                .body("summary.CREATED", equalTo(0)).body("summary.UNCHANGED", equalTo(2))
                .body("summary.REJECTED", equalTo(1));
    }

    @Test
    void json_lines_take_the_same_rows() {
        String school = Schools.newSchoolCode(YUHANG);
        try (CommunityTopic topic = new CommunityTopic(json)) {
            Schools.school(topic, school, YUHANG, SchoolClassification.RURAL);
            topic.awaitApplied(pool, Schools.FACTS_CONSUMER);
        }
        String id = Schools.residentId(YUHANG, LocalDate.of(1988, 1, 2));
        String line = """
                {"name":"蒋华","residentId":"%s","gender":"MALE","birthDate":"1988-01-02","contact":"13700000000",\
                "role":"TEACHER","schoolCode":"%s","appointedOn":"2012-09-01","title":"FIRST_GRADE","backbone":"COUNTY",\
                "subjects":"英语"}
                """.formatted(id, school);
        given().header("Authorization", PROVINCE).contentType("application/x-ndjson; charset=UTF-8").body(line.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/staff/import").then().statusCode(200).body("summary.CREATED", equalTo(1));
        given().header("Authorization", TestTokens.bearer("330106", "county-officer"))
                .contentType("application/x-ndjson; charset=UTF-8").body(line.replace(id, Schools.residentId(YUHANG,
                        LocalDate.of(1988, 1, 2))).getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/staff/import").then().statusCode(200)
                .body("rows[0].problem", equalTo("outside-division"));
    }
}
