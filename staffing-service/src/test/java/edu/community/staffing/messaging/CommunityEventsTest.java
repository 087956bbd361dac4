package edu.community.staffing.messaging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.community.contracts.community.CommunityModel;
import edu.community.contracts.community.CommunityModelChanged;
import edu.community.contracts.community.MemberJoined;
import edu.community.contracts.community.SchoolClassification;
import edu.community.contracts.community.SchoolDetailsChanged;
import edu.community.contracts.community.SchoolLevel;
import edu.community.contracts.community.SchoolOwnership;
import edu.community.eventsourcing.testing.CommunityTopic;
import edu.community.eventsourcing.testing.TestInfrastructure;
import edu.community.eventsourcing.testing.TestTokens;
import edu.community.eventsourcing.testing.TopicReader;
import edu.community.staffing.support.People;
import edu.community.staffing.support.Schools;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The read model of edu.community.events as the rules see it: memberships, models and classifications on the
 * date asked; poison events. Schools of Jiande (330182) and Chun'an (330127).
 */
@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class CommunityEventsTest {

    private static final String JIANDE = "330182";
    private static final String CHUNAN = "330127";
    private static final String PROVINCE = TestTokens.bearer("330000", "province-officer");
    private static final String DEAD_LETTERS = "edu.community.events.staffing-facts.dlq";

    @Inject
    ObjectMapper json;

    @Inject
    Pool pool;

    private static Map<String, Object> proposal(String staffId, String destination, String start) {
        return Map.of("staffId", staffId, "kind", "SUPPORT_TEACHING", "destinationSchool", destination,
                "plannedStart", start, "plannedEnd", LocalDate.parse(start).plusMonths(6).toString(),
                "reason", "支教", "effectiveDate", "2024-01-10");
    }

    @Test
    void a_destination_counts_from_the_day_it_joins_and_a_collaborative_model_opens_every_school() {
        String community = UUID.randomUUID().toString();
        String core = Schools.newSchoolCode(JIANDE);
        String joiner = Schools.newSchoolCode(CHUNAN);
        String elsewhere = Schools.newSchoolCode(CHUNAN);
        try (CommunityTopic topic = new CommunityTopic(json)) {
            Schools.school(topic, core, JIANDE, SchoolClassification.URBAN);
            Schools.school(topic, joiner, CHUNAN, SchoolClassification.RURAL);
            Schools.school(topic, elsewhere, CHUNAN, SchoolClassification.RURAL);
            Schools.formed(topic, community, CommunityModel.CO_CONSTRUCTION, core, List.of(), LocalDate.of(2023, 9, 1));
            topic.publish("community-" + community, new MemberJoined(community, joiner, LocalDate.of(2024, 3, 1)));
            topic.publish("community-" + community, new CommunityModelChanged(community, CommunityModel.COLLABORATIVE,
                    LocalDate.of(2024, 9, 1)));
            topic.awaitApplied(pool, Schools.FACTS_CONSUMER);
        }
        String teacher = People.registered(PROVINCE, "何平", JIANDE, core, "TEACHER", "2015-09-01", "NONE");
        People.post(PROVINCE, "/api/v1/postings", proposal(teacher, joiner, "2024-02-29")).then().statusCode(422)
                .body("rule", equalTo("posting.destination-outside-community"));
        People.post(PROVINCE, "/api/v1/postings", proposal(teacher, elsewhere, "2024-03-01")).then().statusCode(422)
                .body("rule", equalTo("posting.destination-outside-community"));
        String first = People.post(PROVINCE, "/api/v1/postings", proposal(teacher, joiner, "2024-03-01"))
                .then().statusCode(201).extract().path("postingId");
        People.post(PROVINCE, "/api/v1/postings/" + first + "/cancellation",
                Map.of("reason", "改期", "effectiveDate", "2024-02-01")).then().statusCode(200);
        People.post(PROVINCE, "/api/v1/postings", proposal(teacher, elsewhere, "2024-09-01")).then().statusCode(201);
    }

    @Test
    void rural_days_follow_the_classification_in_force_on_each_day_a_late_change_included() {
        String school = Schools.newSchoolCode(CHUNAN);
        // One publisher for both events: it numbers the school's stream versions as community-service would.
        try (CommunityTopic topic = new CommunityTopic(json)) {
            Schools.school(topic, school, CHUNAN, SchoolClassification.RURAL, LocalDate.of(2020, 9, 1));
            topic.awaitApplied(pool, Schools.FACTS_CONSUMER);
            String teacher = People.registered(PROVINCE, "罗敏", CHUNAN, school, "TEACHER", "2021-01-01", "NONE");
            given().header("Authorization", PROVINCE).queryParam("asOf", "2021-12-31")
                    .when().get("/api/v1/staff/figures/people/" + teacher).then().statusCode(200)
                    .body("ruralService.ruralDays", equalTo(365));
            topic.publish("school-" + school, new SchoolDetailsChanged(school, "school " + school,
                    SchoolClassification.TOWNSHIP, SchoolLevel.PRIMARY, SchoolOwnership.PUBLIC, null, 600, false, false,
                    false, LocalDate.of(2021, 7, 1)));
            topic.awaitApplied(pool, Schools.FACTS_CONSUMER);
            given().header("Authorization", PROVINCE).queryParam("asOf", "2021-12-31")
                    .when().get("/api/v1/staff/figures/people/" + teacher).then().statusCode(200)
                    .body("ruralService.ruralDays", equalTo(181));
        }
    }

    @Test
    void an_unreadable_event_goes_to_the_dead_letter_topic_and_the_partition_moves_on() {
        String school = Schools.newSchoolCode(JIANDE);
        try (CommunityTopic topic = new CommunityTopic(json)) {
            topic.publishUnreadable("school-" + school, "{not a cloud event");
            Schools.school(topic, school, JIANDE, SchoolClassification.URBAN);
            topic.awaitApplied(pool, Schools.FACTS_CONSUMER);
        }
        List<ConsumerRecord<String, String>> dead = TopicReader.readUntil(DEAD_LETTERS,
                records -> records.stream().anyMatch(r -> ("school-" + school).equals(r.key())), Duration.ofSeconds(120));
        ConsumerRecord<String, String> letter = dead.stream().filter(r -> ("school-" + school).equals(r.key()))
                .findFirst().orElseThrow(() -> new AssertionError("the unreadable event is on " + DEAD_LETTERS));
        assertEquals("{not a cloud event", letter.value());
        assertTrue(new String(letter.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8)
                .contains("ce_type"));
    }
}
