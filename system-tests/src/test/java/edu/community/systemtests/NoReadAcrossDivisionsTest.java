package edu.community.systemtests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * No read returns another division's data to a county or school officer (or the county's own system): every read of
 * a record or figure of county 330127, through the gateway, is refused with 403 outside-division, and the change
 * feeds leave that county's records out.
 */
class NoReadAcrossDivisionsTest {

    private static final String COUNTY = "330127";
    private static final List<String> READERS = List.of("county-officer", "school-officer", "county-emis-330106");

    @Test
    void a_county_or_school_officer_reads_nothing_of_another_county() {
        RunningSystem system = RunningSystem.shared();
        Api api = new Api(system);
        Fixtures f = new Fixtures(api);
        String a = f.school(COUNTY, "URBAN");
        String b = f.school(COUNTY, "RURAL");
        String community = f.community(a, List.of(b));
        AuthorizationMatrixTest.awaitPropagation(api, f);
        String staff = f.staff(a);
        String posting = f.posting(staff, b);
        String mentorship = f.mentorship(f.staff(a), f.staff(a));
        String activity = f.activity(community, a, b);
        String series = f.series(community, a, b);
        api.json(Fixtures.WRITER, "PUT", "/api/v1/school-statistics/" + a + "/2024/PRIMARY", Fixtures.statisticsBody()).ok();
        String scheme = api.json(Fixtures.WRITER, "POST", "/api/v1/assessment/schemes", Map.of("name", "教共体评估",
                "division", COUNTY, "schoolYear", 2021, "indicators", List.of(Map.of("code", "coverage", "name", "成员校覆盖",
                        "kind", "MEASURED", "measure", "COVERAGE", "weight", 100,
                        "bands", List.of(Map.of("from", 0, "points", 100)))))).ok().field("schemeId");
        String round = api.json(Fixtures.WRITER, "POST", "/api/v1/assessment/rounds", Map.of("schemeId", scheme,
                "division", COUNTY, "cutOffDate", "2021-12-31")).ok().field("roundId");
        api.json(Fixtures.WRITER, "POST", "/api/v1/assessment/rounds/" + round + "/scoring-closure",
                Map.of("note", "评分结束")).ok();
        api.json(Fixtures.WRITER, "POST", "/api/v1/assessment/rounds/" + round + "/publication", Map.of("note", "发布")).ok();

        String term = "term=2026-AUTUMN&asOf=2026-11-01";
        Map<String, String> reads = new LinkedHashMap<>();
        reads.put("/api/v1/schools/" + a, "outside-division");
        reads.put("/api/v1/schools?division=" + COUNTY, "outside-division");
        reads.put("/api/v1/schools/" + a + "/memberships", "outside-division");
        reads.put("/api/v1/communities?division=" + COUNTY, "outside-division");
        reads.put("/api/v1/communities/" + community, "outside-division");
        reads.put("/api/v1/coverage?division=" + COUNTY + "&date=2026-09-01", "outside-division");
        reads.put("/api/v1/staff/" + staff, "outside-division");
        reads.put("/api/v1/staff/figures/people/" + staff + "?asOf=2026-09-01", "outside-division");
        reads.put("/api/v1/staff/figures/schools/" + a + "?asOf=2026-09-01", "outside-division");
        reads.put("/api/v1/staff/figures/counties/" + COUNTY + "?asOf=2026-09-01", "outside-division");
        reads.put("/api/v1/postings/" + posting, "outside-division");
        reads.put("/api/v1/mentorships/" + mentorship, "outside-division");
        reads.put("/api/v1/activities/" + activity, "outside-division");
        reads.put("/api/v1/sync-series/" + series, "outside-division");
        reads.put("/api/v1/figures/communities/" + community + "?" + term, "outside-division");
        reads.put("/api/v1/figures/communities/" + community + "/sync-classroom?" + term, "outside-division");
        reads.put("/api/v1/figures/counties/" + COUNTY + "?" + term, "outside-division");
        reads.put("/api/v1/figures/counties/" + COUNTY + "/sync-classroom?" + term, "outside-division");
        reads.put("/api/v1/school-statistics/" + a + "/2024/PRIMARY", "outside-division");
        reads.put("/api/v1/balance/counties/" + COUNTY + "?schoolYear=2024&stage=PRIMARY", "outside-division");
        reads.put("/api/v1/reports/provincial/divisions/" + COUNTY + "?asOf=2026-09-01", "outside-division");
        reads.put("/api/v1/reports/provincial/communities/" + community + "?asOf=2026-09-01", "outside-division");
        reads.put("/api/v1/assessment/schemes/" + scheme, "outside-division");
        reads.put("/api/v1/assessment/rounds/" + round, "outside-division");
        reads.put("/api/v1/assessment/rounds/" + round + "/versions/1", "outside-division");
        reads.put("/api/v1/assessment/rounds/" + round + "/versions/1/recomputed", "outside-division");
        reads.put("/api/v1/assessment/rounds?division=" + COUNTY + "&schoolYear=2021", "outside-division");

        List<String> leaks = new ArrayList<>();
        for (String reader : READERS) {
            reads.forEach((path, expected) -> {
                Api.Answer answer = api.get(reader, path);
                String outcome = Outcomes.of(answer, false);
                if (!outcome.equals(expected)) {
                    leaks.add("GET " + path + " as " + reader + ": expected " + expected + ", got " + outcome + " — "
                            + answer.body());
                }
            });
            for (String feed : List.of("community", "staffing", "exchange", "assessment")) {
                String changes = wholeFeed(api, reader, feed, leaks);
                for (String record : List.of(a, b, community, staff, posting, mentorship, activity, series, scheme, round)) {
                    if (changes.contains(record)) {
                        leaks.add("GET /api/v1/changes/" + feed + " as " + reader + " names " + record + " of " + COUNTY);
                    }
                }
            }
        }
        // The control: a province-wide reader finds these records in the feeds, so their absence above means something.
        Map<String, String> control = Map.of("community", a, "staffing", staff, "exchange", activity, "assessment", a);
        control.forEach((feed, record) -> {
            if (!wholeFeed(api, Fixtures.WRITER, feed, leaks).contains(record)) {
                leaks.add("control: the " + feed + " feed of the province officer does not name " + record);
            }
        });
        assertTrue(leaks.isEmpty(), () -> "reads across divisions:\n" + String.join("\n", leaks));
    }

    /** Every page of a change feed as the reader sees it, as one text. */
    private static String wholeFeed(Api api, String reader, String feed, List<String> failures) {
        StringBuilder all = new StringBuilder();
        String cursor = null;
        for (int page = 0; page < 1000; page++) {
            Api.Answer answer = api.get(reader, "/api/v1/changes/" + feed + "?limit=5000"
                    + (cursor == null ? "" : "&after=" + cursor));
            if (answer.status() != 200) {
                failures.add("GET /api/v1/changes/" + feed + " as " + reader + ": " + answer.status() + " " + answer.body());
                break;
            }
            all.append(answer.body());
            String next = answer.json().path("nextCursor").asText(null);
            if (next == null || next.equals(cursor)) {
                break;
            }
            cursor = next;
        }
        return all.toString();
    }
}
