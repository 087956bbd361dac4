package edu.community.staffing.support;

import edu.community.contracts.community.Agreement;
import edu.community.contracts.community.CommunityFormed;
import edu.community.contracts.community.CommunityModel;
import edu.community.contracts.community.SchoolClassification;
import edu.community.contracts.community.SchoolLevel;
import edu.community.contracts.community.SchoolOwnership;
import edu.community.contracts.community.SchoolRegistered;
import edu.community.eventsourcing.testing.CommunityTopic;
import edu.community.reference.ResidentIdNumbers;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Schools and communities as community-service publishes them, and people, with codes unique to a test run. */
public final class Schools {

    /** The consumer group and inbox name of staffing-service's read model of community-service's topic. */
    public static final String FACTS_CONSUMER = "staffing-community-facts";

    private static final AtomicLong CODES = new AtomicLong(System.currentTimeMillis() % 1_000_000);
    private static final AtomicLong PEOPLE = new AtomicLong(System.nanoTime() % 1_000);

    private Schools() {
    }

    public static String newSchoolCode(String county) {
        return county + String.format("%04d", CODES.incrementAndGet() % 10_000);
    }

    public static void school(CommunityTopic topic, String code, String county, SchoolClassification classification,
                              LocalDate from) {
        topic.publish("school-" + code, new SchoolRegistered(code, "school " + code, county, classification,
                SchoolLevel.PRIMARY, SchoolOwnership.PUBLIC, null, 600, false, false, false, from));
    }

    public static void school(CommunityTopic topic, String code, String county, SchoolClassification classification) {
        school(topic, code, county, classification, LocalDate.of(2000, 9, 1));
    }

    public static void formed(CommunityTopic topic, String id, CommunityModel model, String core, List<String> members,
                              LocalDate on) {
        topic.publish("community-" + id, new CommunityFormed(id, "community " + id, model, null, core, members,
                new Agreement(on, "goals", "content", on, on.plusYears(3)), on));
    }

    /** A valid resident ID number, unique to this run, of someone born on the date in a county. */
    public static String residentId(String county, LocalDate born) {
        String first = county + born.toString().replace("-", "") + String.format("%03d", PEOPLE.incrementAndGet() % 1000);
        return first + ResidentIdNumbers.checkCharacter(first);
    }
}
