package edu.community.staffing.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.community.contracts.Topics;
import edu.community.contracts.community.SchoolClassification;
import edu.community.eventsourcing.testing.CommunityTopic;
import edu.community.eventsourcing.testing.TestInfrastructure;
import edu.community.eventsourcing.testing.TestTokens;
import edu.community.eventsourcing.testing.TopicReader;
import edu.community.staffing.projection.PersonalDataRegister;
import edu.community.staffing.support.People;
import edu.community.staffing.support.Schools;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Personal data stays in its register: never on the topic, and erasable while the events stay. */
@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class PersonalDataTest {

    private static final String FUYANG = "330111";
    private static final String PROVINCE = TestTokens.bearer("330000", "province-officer");
    private static final String SCHOOL = Schools.newSchoolCode(FUYANG);
    private static boolean published;

    @Inject
    ObjectMapper json;

    @Inject
    Pool pool;

    @Inject
    PersonalDataRegister register;

    @BeforeEach
    void schools() {
        if (published) {
            return;
        }
        try (CommunityTopic topic = new CommunityTopic(json)) {
            Schools.school(topic, SCHOOL, FUYANG, SchoolClassification.URBAN);
            topic.awaitApplied(pool, Schools.FACTS_CONSUMER);
        }
        published = true;
    }

    @Test
    void the_topic_read_from_offset_zero_holds_no_personal_data_of_anyone_registered() {
        List<Map<String, Object>> people = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (String name : List.of("周婷", "吴刚", "郑爽")) {
            Map<String, Object> body = People.registration(name, FUYANG, SCHOOL, "TEACHER", "2017-09-01", "COUNTY");
            body.put("contact", "zheng" + UUID.randomUUID().toString().substring(0, 8) + "@example.cn");
            people.add(body);
            ids.add(People.register(PROVINCE, body).then().statusCode(201).extract().path("staffId"));
        }
        List<ConsumerRecord<String, String>> records = TopicReader.readUntil(Topics.STAFFING,
                read -> ids.stream().allMatch(id -> read.stream().anyMatch(r -> ("staff-" + id).equals(r.key()))),
                Duration.ofSeconds(120));
        ids.forEach(id -> assertTrue(records.stream().anyMatch(r -> ("staff-" + id).equals(r.key())),
                "StaffRegistered of " + id + " is on " + Topics.STAFFING));
        // Everyone registered in this database, not only this test's people, is looked for.
        List<String> personal = new ArrayList<>();
        for (Row row : pool.query("select full_name, resident_id, birth_date, contact from personal_data"
                + " where erased_at is null").execute().await().indefinitely()) {
            personal.add(row.getString("full_name"));
            personal.add(row.getString("resident_id"));
            personal.add(row.getLocalDate("birth_date").toString());
            personal.add(row.getLocalDate("birth_date").toString().replace("-", ""));
            personal.add(row.getString("contact"));
        }
        assertTrue(personal.containsAll(List.of(people.get(0).get("name"), people.get(0).get("residentId"))));
        for (ConsumerRecord<String, String> record : records) {
            StringBuilder seen = new StringBuilder(record.key()).append('\n').append(record.value());
            for (Header header : record.headers()) {
                seen.append('\n').append(header.key()).append('=')
                        .append(new String(header.value(), StandardCharsets.UTF_8));
            }
            for (String value : personal) {
                assertFalse(seen.toString().contains(value), "personal data " + value + " on " + Topics.STAFFING
                        + " in " + record.key());
            }
        }
    }

    @Test
    void a_reservation_left_by_a_crash_is_invisible_and_the_retry_adopts_it_writing_the_event_once() {
        Map<String, Object> body = People.registration("褚云", FUYANG, SCHOOL, "TEACHER", "2017-09-01", "NONE");
        UUID reserved = UUID.randomUUID();
        // The first attempt reserved the personal data and crashed before appending its event.
        pool.preparedQuery("insert into personal_data (staff_id, full_name, resident_id, gender, birth_date, contact,"
                        + " recorded_at) values ($1, $2, $3, 'FEMALE', $4, $5, now())")
                .execute(Tuple.of(reserved, body.get("name"), body.get("residentId"),
                        LocalDate.parse((String) body.get("birthDate")), body.get("contact")))
                .await().indefinitely();
        given().header("Authorization", PROVINCE).when().get("/api/v1/staff/" + reserved).then().statusCode(404);
        given().header("Authorization", PROVINCE).queryParam("asOf", "2020-01-01")
                .when().get("/api/v1/staff/figures/people/" + reserved).then().statusCode(404);
        String key = UUID.randomUUID().toString();
        String id = given().header("Authorization", PROVINCE).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).when().post("/api/v1/staff")
                .then().statusCode(201).extract().path("staffId");
        assertEquals(reserved.toString(), id);
        long events = pool.preparedQuery("select count(*) from es_event where stream_id = $1")
                .execute(Tuple.of("staff-" + id)).await().indefinitely().iterator().next().getLong(0);
        assertEquals(1, events);
        // The caller did not get the answer and retries with the same key: the first answer, nothing written.
        given().header("Authorization", PROVINCE).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).when().post("/api/v1/staff")
                .then().statusCode(201).body("staffId", equalTo(id)).body("personalData.name", equalTo("褚云"));
        assertEquals(1L, pool.preparedQuery("select count(*) from es_event where stream_id = $1")
                .execute(Tuple.of("staff-" + id)).await().indefinitely().iterator().next().getLong(0));
        assertEquals(1L, pool.preparedQuery("select count(*) from personal_data where resident_id = $1")
                .execute(Tuple.of(body.get("residentId"))).await().indefinitely().iterator().next().getLong(0));
    }

    @Test
    void reservations_no_registration_adopted_are_deleted_after_a_day_and_registered_people_stay() {
        UUID abandoned = UUID.randomUUID();
        UUID recent = UUID.randomUUID();
        String person = People.registered(PROVINCE, "卫东", FUYANG, SCHOOL, "TEACHER", "2017-09-01", "NONE");
        pool.preparedQuery("insert into personal_data (staff_id, full_name, resident_id, gender, birth_date, contact,"
                        + " recorded_at) values ($1, '弃置甲', $2, 'MALE', date '1980-01-01', 'abandoned@example.cn',"
                        + " now() - interval '2 days'), ($3, '弃置乙', $4, 'MALE', date '1980-01-01', 'recent@example.cn',"
                        + " now() - interval '1 hour')")
                .execute(Tuple.of(abandoned, "abandoned-" + abandoned, recent, "recent-" + recent))
                .await().indefinitely();
        pool.preparedQuery("update personal_data set recorded_at = now() - interval '3 days' where staff_id = $1")
                .execute(Tuple.of(UUID.fromString(person))).await().indefinitely();
        register.releaseAbandoned(Instant.now().minus(Duration.ofDays(1))).await().indefinitely();
        List<UUID> left = new ArrayList<>();
        pool.preparedQuery("select staff_id from personal_data where staff_id = any($1)")
                .execute(Tuple.of(new UUID[]{abandoned, recent, UUID.fromString(person)})).await().indefinitely()
                .forEach(row -> left.add(row.getUUID("staff_id")));
        assertEquals(Set.of(recent, UUID.fromString(person)), Set.copyOf(left));
        register.release(recent).await().indefinitely();
    }

    @Test
    void erasure_empties_the_personal_data_and_leaves_the_events() {
        String id = People.registered(PROVINCE, "冯洁", FUYANG, SCHOOL, "TEACHER", "2017-09-01", "NONE");
        long events = pool.preparedQuery("select count(*) from es_event where stream_id = $1")
                .execute(Tuple.of("staff-" + id)).await().indefinitely().iterator().next().getLong(0);
        given().header("Authorization", TestTokens.bearer(FUYANG, "county-officer"))
                .when().delete("/api/v1/staff/" + id + "/personal-data")
                .then().statusCode(403).body("type", equalTo("urn:edu-community:problem:role-not-allowed"));
        given().header("Authorization", PROVINCE).when().delete("/api/v1/staff/" + id + "/personal-data")
                .then().statusCode(204);
        given().header("Authorization", PROVINCE).when().delete("/api/v1/staff/" + id + "/personal-data")
                .then().statusCode(204);
        given().header("Authorization", PROVINCE).when().get("/api/v1/staff/" + id)
                .then().statusCode(200)
                .body("personalDataErased", equalTo(true))
                .body("personalData", nullValue())
                .body("schoolCode", equalTo(SCHOOL));
        Row row = pool.preparedQuery("select full_name, resident_id, gender, birth_date, contact, erased_at"
                        + " from personal_data where staff_id = $1")
                .execute(Tuple.of(UUID.fromString(id))).await().indefinitely().iterator().next();
        for (String column : List.of("full_name", "resident_id", "gender", "birth_date", "contact")) {
            assertEquals(null, row.getValue(column), column + " is erased");
        }
        assertTrue(row.getValue("erased_at") != null);
        assertEquals(events, pool.preparedQuery("select count(*) from es_event where stream_id = $1")
                .execute(Tuple.of("staff-" + id)).await().indefinitely().iterator().next().getLong(0));
        given().header("Authorization", PROVINCE).when()
                .delete("/api/v1/staff/00000000-0000-0000-0000-00000000abcd/personal-data").then().statusCode(404);
    }
}
