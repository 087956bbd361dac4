package edu.community.community.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.community.eventsourcing.testing.TestInfrastructure;
import edu.community.eventsourcing.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class SchoolImportTest {

    private static final Logger LOG = Logger.getLogger(SchoolImportTest.class);
    private static final List<String> HUZHOU_COUNTIES = List.of("330502", "330503", "330521", "330522", "330523");
    private static final String HEADER = "schoolCode,name,countyCode,classification,level,enrolment,legalEntity,"
            + "specialEducation,vocational,teachingPoint,effectiveDate";

    /** What a bad row is made of, and the problem the import must report for it. */
    private enum Bad {
        SHORT_CODE("validation"),
        UNKNOWN_COUNTY("division.unknown"),
        NEGATIVE_ENROLMENT("validation"),
        UNKNOWN_CLASSIFICATION("malformed-request"),
        OTHER_PROVINCE("outside-division");

        final String problem;

        Bad(String problem) {
            this.problem = problem;
        }
    }

    @Test
    void six_thousand_schools_with_two_percent_bad_rows_import_and_a_resent_file_changes_nothing() {
        Map<Integer, Bad> badRows = new HashMap<>();
        StringBuilder file = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < 6000; i++) {
            int row = i + 2;
            String county = HUZHOU_COUNTIES.get(i % HUZHOU_COUNTIES.size());
            String code = county + String.format("%04d", i / HUZHOU_COUNTIES.size());
            String classification = i % 3 == 0 ? "RURAL" : i % 3 == 1 ? "TOWNSHIP" : "URBAN";
            String enrolment = Integer.toString(50 + i % 2000);
            if (i % 50 == 7) {
                Bad bad = Bad.values()[(i / 50) % Bad.values().length];
                badRows.put(row, bad);
                switch (bad) {
                    case SHORT_CODE -> code = code.substring(1);
                    case UNKNOWN_COUNTY -> {
                        county = "339999";
                        code = "3399990" + String.format("%03d", i % 1000);
                    }
                    case NEGATIVE_ENROLMENT -> enrolment = "-5";
                    case UNKNOWN_CLASSIFICATION -> classification = "CITY";
                    case OTHER_PROVINCE -> {
                        county = "110101";
                        code = "1101010" + String.format("%03d", i % 1000);
                    }
                }
            }
            file.append(code).append(",\"湖州市第").append(i).append("小学, 校区\",").append(county).append(',')
                    .append(classification).append(",PRIMARY,").append(enrolment).append(",,false,false,")
                    .append(i % 97 == 0).append(",2026-09-01\n");
        }
        assertEquals(120, badRows.size(), "2% of 6,000 rows are bad");
        String token = TestTokens.bearer("330000", "province-officer");

        long started = System.nanoTime();
        JsonPath first = importCsv(token, file.toString());
        long firstMillis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(5880, first.getInt("summary.CREATED"));
        assertEquals(120, first.getInt("summary.REJECTED"));
        assertEquals(6000, first.getList("rows").size());
        List<String> mismatches = new ArrayList<>();
        for (Map.Entry<Integer, Bad> bad : badRows.entrySet()) {
            Map<String, Object> result = first.getMap("rows[" + (bad.getKey() - 2) + "]");
            if (!bad.getKey().equals(result.get("row")) || !"REJECTED".equals(result.get("outcome"))
                    || !bad.getValue().problem.equals(result.get("problem"))) {
                mismatches.add(bad.getKey() + " " + bad.getValue() + " -> " + result);
            }
        }
        assertEquals(List.of(), mismatches, "every bad row is reported with its problem");

        started = System.nanoTime();
        JsonPath again = importCsv(token, file.toString());
        long againMillis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(0, again.getInt("summary.CREATED"));
        assertEquals(0, again.getInt("summary.CHANGED"));
        assertEquals(5880, again.getInt("summary.UNCHANGED"));
        assertEquals(120, again.getInt("summary.REJECTED"));
        LOG.infof("imported 6000 rows (5880 created) in %d ms; the same file again (nothing changed) in %d ms",
                firstMillis, againMillis);

        given().header("Authorization", token).queryParam("division", "330500").queryParam("limit", 500)
                .when().get("/api/v1/schools")
                .then().statusCode(200).body("items.size()", equalTo(500));
    }

    @Test
    void json_lines_register_change_and_reject_row_by_row() {
        String token = TestTokens.bearer("330100", "city-officer");
        String lines = """
                {"schoolCode":"3301090001","name":"萧山一小","countyCode":"330109","classification":"URBAN","level":"PRIMARY","enrolment":900}
                {"schoolCode":"3301090002","name":"萧山二小","countyCode":"330109","classification":"RURAL","level":"PRIMARY","enrolment":-1}
                not json
                """;
        JsonPath first = given().header("Authorization", token).contentType("application/x-ndjson; charset=UTF-8").body(lines.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/schools/import").then().statusCode(200).extract().jsonPath();
        assertEquals("CREATED", first.getString("rows[0].outcome"));
        assertEquals("validation", first.getString("rows[1].problem"));
        assertEquals("malformed-request", first.getString("rows[2].problem"));

        JsonPath changed = given().header("Authorization", token).contentType("application/x-ndjson; charset=UTF-8")
                .body(lines.lines().findFirst().orElseThrow().replace("\"enrolment\":900", "\"enrolment\":950").getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/schools/import").then().statusCode(200).extract().jsonPath();
        assertEquals("CHANGED", changed.getString("rows[0].outcome"));
        given().header("Authorization", token).when().get("/api/v1/schools/3301090001")
                .then().statusCode(200).body("enrolment", equalTo(950), "version", equalTo(2));
    }

    private static JsonPath importCsv(String token, String file) {
        return given().header("Authorization", token).contentType("text/csv; charset=UTF-8").body(file)
                .when().post("/api/v1/schools/import")
                .then().statusCode(200).extract().jsonPath();
    }
}
