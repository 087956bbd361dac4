package edu.community.exchange.messaging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.community.contracts.community.CommunityDissolved;
import edu.community.contracts.community.CommunityModel;
import edu.community.contracts.community.MemberLeft;
import edu.community.contracts.community.SchoolClassification;
import edu.community.eventsourcing.testing.TestInfrastructure;
import edu.community.eventsourcing.testing.TestTokens;
import edu.community.eventsourcing.testing.TopicReader;
import edu.community.exchange.support.Communities;
import edu.community.eventsourcing.testing.CommunityTopic;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The read model of edu.community.events: dated memberships as the rules see them, and poison events. */
@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class CommunityEventsTest {

    private static final String PROVINCE = TestTokens.bearer("330000", "province-officer");
    private static final String DEAD_LETTERS = "edu.community.events.exchange-facts.dlq";

    @Inject
    ObjectMapper json;

    @Inject
    Pool pool;

    @Test
    void a_school_belongs_to_the_community_from_joining_until_it_leaves_or_the_community_dissolves_and_figures_remain() {
        String community = UUID.randomUUID().toString();
        String core = Communities.newSchoolCode("330106");
        String leaver = Communities.newSchoolCode("330127");
        String stayer = Communities.newSchoolCode("330127");
        try (CommunityTopic topic = new CommunityTopic(json)) {
            Communities.school(topic, core, "330106", SchoolClassification.URBAN);
            Communities.school(topic, leaver, "330127", SchoolClassification.RURAL);
            Communities.school(topic, stayer, "330127", SchoolClassification.RURAL);
            Communities.formed(topic, community, CommunityModel.CO_CONSTRUCTION, core, List.of(leaver, stayer),
                    LocalDate.of(2026, 9, 1));
            topic.publish("community-" + community, new MemberLeft(community, leaver, LocalDate.of(2026, 10, 10)));
            topic.publish("community-" + community, new CommunityDissolved(community, "合并", LocalDate.of(2026, 11, 1)));
            topic.awaitApplied(pool, Communities.FACTS_CONSUMER);
        }
        plan(community, core, leaver, "2026-10-09").then().statusCode(201);
        plan(community, core, leaver, "2026-10-10").then().statusCode(422)
                .body("rule", equalTo("activity.not-in-one-community"));
        plan(community, core, stayer, "2026-10-31").then().statusCode(201);
        plan(community, core, stayer, "2026-11-01").then().statusCode(422)
                .body("rule", equalTo("activity.not-in-one-community"));

        given().header("Authorization", PROVINCE).queryParam("term", "2026-AUTUMN").queryParam("asOf", "2026-12-31")
                .when().get("/api/v1/figures/communities/" + community)
                .then().statusCode(200).body("activitiesHeld", equalTo(0));
    }

    @Test
    void an_unreadable_event_goes_to_the_dead_letter_topic_and_the_partition_moves_on() {
        String school = Communities.newSchoolCode("330106");
        try (CommunityTopic topic = new CommunityTopic(json)) {
            topic.publishUnreadable("school-" + school, "{not a cloud event");
            Communities.school(topic, school, "330106", SchoolClassification.URBAN);
            topic.awaitApplied(pool, Communities.FACTS_CONSUMER);
        }
        List<ConsumerRecord<String, String>> dead = TopicReader.readUntil(DEAD_LETTERS,
                records -> records.stream().anyMatch(r -> ("school-" + school).equals(r.key())), Duration.ofSeconds(120));
        ConsumerRecord<String, String> letter = dead.stream().filter(r -> ("school-" + school).equals(r.key()))
                .findFirst().orElseThrow(() -> new AssertionError("the unreadable event is on " + DEAD_LETTERS));
        assertEquals("{not a cloud event", letter.value());
        assertTrue(letter.headers().lastHeader("dead-letter-reason") != null, "the dead letter carries its reason");
        assertTrue(new String(letter.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8)
                .contains("ce_type"));
    }

    private static io.restassured.response.Response plan(String community, String host, String member, String date) {
        return given().header("Authorization", PROVINCE).contentType(ContentType.JSON)
                .body("""
                        {"kind":"FRIENDSHIP_EXCHANGE","communityId":"%s","hostSchool":"%s","date":"%s",
                         "plannedParticipants":[{"schoolCode":"%s","grade":3,"students":20}]}"""
                        .formatted(community, host, date, member))
                .when().post("/api/v1/activities");
    }
}
