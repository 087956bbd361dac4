package edu.community.systemtests;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * How the matrix calls each write endpoint: which records a cell needs in community-service before it starts (its
 * {@link Site}), the records it then writes in the endpoint's own service, and the request it sends.
 */
final class WriteEndpoints {

    /** What a cell needs registered in community-service first. */
    enum Needs {
        NOTHING, SCHOOL, TWO_SCHOOLS, COMMUNITY, COMMUNITY_OF_THREE
    }

    /**
     * A cell's records in community-service: school {@code a} in the cell's place (the own school for a school
     * officer's own-school cell), fresh schools {@code b} and {@code d} of the same county, and a collaborative
     * community with core {@code a} and members {@code b} (and {@code d}).
     */
    record Site(String county, String a, String b, String d, String community) {

        /** School {@code a} when the cell has one (the own school), else a code of the county not registered yet. */
        String ownSchoolOr(Fixtures fixtures) {
            return a != null ? a : fixtures.newSchoolCode(county);
        }
    }

    /** The request of a cell. {@code body} is JSON unless it is a string sent as {@code contentType}. */
    record Call(String method, String path, Object body, String contentType) {

        static Call json(String method, String path, Object body) {
            return new Call(method, path, body, "application/json");
        }
    }

    /** One endpoint: what it needs, and how a cell prepares its own records and makes its request. */
    record Endpoint(Needs needs, BiFunction<Site, Fixtures, Call> prepare, boolean closesItsSchool) {
    }

    static final Map<String, Endpoint> ALL = endpoints();

    private WriteEndpoints() {
    }

    private static Endpoint needs(Needs needs, BiFunction<Site, Fixtures, Call> prepare) {
        return new Endpoint(needs, prepare, false);
    }

    private static Map<String, Object> dated(String reason, String date) {
        return Map.of("reason", reason, "effectiveDate", date);
    }

    private static Map<String, Endpoint> endpoints() {
        Map<String, Endpoint> all = new LinkedHashMap<>();
        String on = Fixtures.CHANGED_ON;

        // community-service: schools
        all.put("POST /api/v1/schools", needs(Needs.NOTHING, (site, f) -> Call.json("POST", "/api/v1/schools",
                Fixtures.schoolBody(site.ownSchoolOr(f), site.county(), "RURAL"))));
        all.put("POST /api/v1/schools/import", needs(Needs.NOTHING, (site, f) -> new Call("POST", "/api/v1/schools/import",
                "schoolCode,name,countyCode,classification,level,enrolment,effectiveDate\n" + site.ownSchoolOr(f) + ",学校,"
                        + site.county() + ",RURAL,PRIMARY,300," + Fixtures.SCHOOLS_OPEN + "\n", "text/csv")));
        all.put("PUT /api/v1/schools/{schoolCode}", needs(Needs.SCHOOL, (site, f) -> Call.json("PUT",
                "/api/v1/schools/" + site.a(), Map.of("name", "更名学校 " + site.a(), "classification", "URBAN",
                        "level", "PRIMARY", "enrolment", 310, "effectiveDate", on))));
        all.put("POST /api/v1/schools/{schoolCode}/closure", needs(Needs.SCHOOL, (site, f) -> Call.json("POST",
                "/api/v1/schools/" + site.a() + "/closure", Map.of("effectiveDate", on, "reason", "撤并"))));
        // Needs its school closed first: the own school's cell runs after every other cell, and opens it again after.
        all.put("POST /api/v1/schools/{schoolCode}/reopening", new Endpoint(Needs.SCHOOL, (site, f) -> {
            f.closeSchool(site.a());
            return Call.json("POST", "/api/v1/schools/" + site.a() + "/reopening", Map.of("effectiveDate", "2026-09-01"));
        }, true));

        // community-service: communities
        all.put("POST /api/v1/communities", needs(Needs.TWO_SCHOOLS, (site, f) -> Call.json("POST", "/api/v1/communities",
                Fixtures.communityBody(site.a(), List.of(site.b())))));
        all.put("POST /api/v1/communities/{communityId}/members", needs(Needs.COMMUNITY, (site, f) -> Call.json("POST",
                "/api/v1/communities/" + site.community() + "/members",
                Map.of("schoolCode", f.school(site.county(), "RURAL"), "effectiveDate", on))));
        all.put("POST /api/v1/communities/{communityId}/members/{schoolCode}/departure", needs(Needs.COMMUNITY_OF_THREE,
                (site, f) -> Call.json("POST", "/api/v1/communities/" + site.community() + "/members/" + site.d()
                        + "/departure", Map.of("effectiveDate", on))));
        all.put("PUT /api/v1/communities/{communityId}/core", needs(Needs.COMMUNITY_OF_THREE, (site, f) -> Call.json("PUT",
                "/api/v1/communities/" + site.community() + "/core", Map.of("coreSchool", site.b(), "effectiveDate", on))));
        all.put("PUT /api/v1/communities/{communityId}/model", needs(Needs.COMMUNITY, (site, f) -> Call.json("PUT",
                "/api/v1/communities/" + site.community() + "/model", Map.of("model", "CO_CONSTRUCTION", "effectiveDate", on))));
        all.put("POST /api/v1/communities/{communityId}/agreement/renewal", needs(Needs.COMMUNITY, (site, f) -> Call.json(
                "POST", "/api/v1/communities/" + site.community() + "/agreement/renewal",
                Map.of("termEnd", "2029-08-31", "effectiveDate", on))));
        all.put("PUT /api/v1/communities/{communityId}/agreement", needs(Needs.COMMUNITY, (site, f) -> Call.json("PUT",
                "/api/v1/communities/" + site.community() + "/agreement",
                Map.of("goals", "优质均衡", "content", "教师交流与同步课堂", "effectiveDate", on))));
        all.put("POST /api/v1/communities/{communityId}/dissolution", needs(Needs.COMMUNITY, (site, f) -> Call.json("POST",
                "/api/v1/communities/" + site.community() + "/dissolution", dated("协议到期", on))));

        // staffing-service
        all.put("POST /api/v1/staff", needs(Needs.SCHOOL, (site, f) -> Call.json("POST", "/api/v1/staff",
                f.staffBody(site.a()))));
        all.put("POST /api/v1/staff/import", needs(Needs.SCHOOL, (site, f) -> new Call("POST", "/api/v1/staff/import",
                f.staffCsv(site.a()), "text/csv")));
        all.put("POST /api/v1/staff/{staffId}/transfers", needs(Needs.TWO_SCHOOLS, (site, f) -> Call.json("POST",
                "/api/v1/staff/" + f.staff(site.a()) + "/transfers",
                Map.of("toSchool", site.b(), "role", "TEACHER", "effectiveDate", on))));
        all.put("PUT /api/v1/staff/{staffId}/role", needs(Needs.SCHOOL, (site, f) -> Call.json("PUT",
                "/api/v1/staff/" + f.staff(site.a()) + "/role", Map.of("role", "VICE_PRINCIPAL", "effectiveDate", on))));
        all.put("PUT /api/v1/staff/{staffId}/title", needs(Needs.SCHOOL, (site, f) -> Call.json("PUT",
                "/api/v1/staff/" + f.staff(site.a()) + "/title", Map.of("title", "SENIOR", "effectiveDate", on))));
        all.put("PUT /api/v1/staff/{staffId}/backbone", needs(Needs.SCHOOL, (site, f) -> Call.json("PUT",
                "/api/v1/staff/" + f.staff(site.a()) + "/backbone", Map.of("backbone", "COUNTY", "effectiveDate", on))));
        all.put("POST /api/v1/staff/{staffId}/leaving", needs(Needs.SCHOOL, (site, f) -> Call.json("POST",
                "/api/v1/staff/" + f.staff(site.a()) + "/leaving", dated("调离", on))));
        all.put("DELETE /api/v1/staff/{staffId}/personal-data", needs(Needs.SCHOOL, (site, f) -> new Call("DELETE",
                "/api/v1/staff/" + f.staff(site.a()) + "/personal-data", null, null)));
        all.put("POST /api/v1/mentorships", needs(Needs.SCHOOL, (site, f) -> Call.json("POST", "/api/v1/mentorships",
                Map.of("mentorId", f.staff(site.a()), "apprenticeId", f.staff(site.a()), "mode", "ON_SITE",
                        "effectiveDate", on))));
        all.put("POST /api/v1/mentorships/{mentorshipId}/end", needs(Needs.SCHOOL, (site, f) -> Call.json("POST",
                "/api/v1/mentorships/" + f.mentorship(f.staff(site.a()), f.staff(site.a())) + "/end",
                dated("出师", "2026-01-01"))));
        all.put("POST /api/v1/postings", needs(Needs.COMMUNITY, (site, f) -> Call.json("POST", "/api/v1/postings",
                Fixtures.postingBody(f.staff(site.a()), site.b()))));
        all.put("POST /api/v1/postings/{postingId}/approval", needs(Needs.COMMUNITY, (site, f) -> Call.json("POST",
                "/api/v1/postings/" + proposed(site, f) + "/approval", dated("同意", "2024-06-01"))));
        all.put("POST /api/v1/postings/{postingId}/rejection", needs(Needs.COMMUNITY, (site, f) -> Call.json("POST",
                "/api/v1/postings/" + proposed(site, f) + "/rejection", dated("名额已满", "2024-06-01"))));
        all.put("POST /api/v1/postings/{postingId}/start", needs(Needs.COMMUNITY, (site, f) -> Call.json("POST",
                "/api/v1/postings/" + approved(site, f) + "/start", Map.of("effectiveDate", "2024-09-01"))));
        all.put("POST /api/v1/postings/{postingId}/completion", needs(Needs.COMMUNITY, (site, f) -> Call.json("POST",
                "/api/v1/postings/" + started(site, f) + "/completion",
                Map.of("recordedAsTransfer", false, "effectiveDate", "2025-08-31"))));
        all.put("POST /api/v1/postings/{postingId}/early-end", needs(Needs.COMMUNITY, (site, f) -> Call.json("POST",
                "/api/v1/postings/" + started(site, f) + "/early-end", dated("家庭原因", "2025-03-01"))));
        all.put("POST /api/v1/postings/{postingId}/cancellation", needs(Needs.COMMUNITY, (site, f) -> Call.json("POST",
                "/api/v1/postings/" + approved(site, f) + "/cancellation", dated("计划调整", "2024-07-01"))));

        // exchange-service
        all.put("POST /api/v1/activities", needs(Needs.COMMUNITY, (site, f) -> Call.json("POST", "/api/v1/activities",
                Fixtures.activityBody(site.community(), site.a(), site.b()))));
        all.put("POST /api/v1/activities/{activityId}/cancellation", needs(Needs.COMMUNITY, (site, f) -> Call.json("POST",
                "/api/v1/activities/" + f.activity(site.community(), site.a(), site.b()) + "/cancellation",
                Map.of("reason", "天气"))));
        all.put("POST /api/v1/activities/{activityId}/postponement", needs(Needs.COMMUNITY, (site, f) -> Call.json("POST",
                "/api/v1/activities/" + f.activity(site.community(), site.a(), site.b()) + "/postponement",
                Map.of("newDate", "2026-10-20", "reason", "天气"))));
        all.put("POST /api/v1/activities/{activityId}/record", needs(Needs.COMMUNITY, (site, f) -> Call.json("POST",
                "/api/v1/activities/" + f.activity(site.community(), site.a(), site.b()) + "/record",
                Fixtures.activityRecord(site.b(), 90))));
        all.put("PUT /api/v1/activities/{activityId}/record", needs(Needs.COMMUNITY, (site, f) -> {
            String activity = f.activity(site.community(), site.a(), site.b());
            f.api().json(Fixtures.WRITER, "POST", "/api/v1/activities/" + activity + "/record",
                    Fixtures.activityRecord(site.b(), 90)).ok();
            return Call.json("PUT", "/api/v1/activities/" + activity + "/record", Fixtures.activityRecord(site.b(), 100));
        }));
        all.put("POST /api/v1/sync-series", needs(Needs.COMMUNITY, (site, f) -> Call.json("POST", "/api/v1/sync-series",
                Fixtures.seriesBody(site.community(), site.a(), site.b()))));
        all.put("POST /api/v1/sync-series/{seriesId}/sessions", needs(Needs.COMMUNITY, (site, f) -> {
            Map<String, Object> lesson = new LinkedHashMap<>(Fixtures.lesson(site.b(), 28));
            lesson.put("date", "2026-09-08");
            return Call.json("POST", "/api/v1/sync-series/" + f.series(site.community(), site.a(), site.b())
                    + "/sessions", lesson);
        }));
        all.put("PUT /api/v1/sync-series/{seriesId}/sessions/{date}", needs(Needs.COMMUNITY, (site, f) -> {
            String series = f.series(site.community(), site.a(), site.b());
            Map<String, Object> lesson = new LinkedHashMap<>(Fixtures.lesson(site.b(), 28));
            lesson.put("date", "2026-09-08");
            f.api().json(Fixtures.WRITER, "POST", "/api/v1/sync-series/" + series + "/sessions", lesson).ok();
            Map<String, Object> correction = new LinkedHashMap<>(Fixtures.lesson(site.b(), 25));
            correction.put("reason", "补录");
            return Call.json("PUT", "/api/v1/sync-series/" + series + "/sessions/2026-09-08", correction);
        }));

        // assessment-service: the import and the single submission write different school years, so that the two
        // cells of the school officer's own school do not write the same statistics.
        all.put("POST /api/v1/reports/provincial/rebuild", needs(Needs.NOTHING, (site, f) -> new Call("POST",
                "/api/v1/reports/provincial/rebuild", null, null)));
        all.put("POST /api/v1/school-statistics/import", needs(Needs.SCHOOL, (site, f) -> new Call("POST",
                "/api/v1/school-statistics/import", "schoolCode,schoolYear,stage," + Fixtures.STATISTICS_COLUMNS + "\n"
                        + site.a() + ",2023,PRIMARY," + Fixtures.STATISTICS_FIGURES + "\n", "text/csv")));
        all.put("PUT /api/v1/school-statistics/{schoolCode}/{schoolYear}/{stage}", needs(Needs.SCHOOL, (site, f) ->
                Call.json("PUT", "/api/v1/school-statistics/" + site.a() + "/2024/PRIMARY", Fixtures.statisticsBody())));

        // assessment-service: community assessment (rounds over the cell's county, cut off before any later change)
        all.put("POST /api/v1/assessment/schemes", needs(Needs.NOTHING, (site, f) -> Call.json("POST",
                "/api/v1/assessment/schemes", schemeBody(site.county()))));
        all.put("POST /api/v1/assessment/rounds", needs(Needs.COMMUNITY, (site, f) -> Call.json("POST",
                "/api/v1/assessment/rounds", roundBody(scheme(f), site.county()))));
        all.put("POST /api/v1/assessment/rounds/{roundId}/assessors", needs(Needs.COMMUNITY, (site, f) -> Call.json("POST",
                "/api/v1/assessment/rounds/" + round(site, f) + "/assessors", Map.of("assessors", List.of("评估员-1")))));
        all.put("PUT /api/v1/assessment/rounds/{roundId}/scores/{communityId}", needs(Needs.COMMUNITY, (site, f) ->
                Call.json("PUT", "/api/v1/assessment/rounds/" + round(site, f) + "/scores/" + site.community(),
                        Map.of("scores", List.of(Map.of("code", "coverage", "score", 80)), "comment", "现场评估"))));
        all.put("POST /api/v1/assessment/rounds/{roundId}/scoring-closure", needs(Needs.COMMUNITY, (site, f) ->
                Call.json("POST", "/api/v1/assessment/rounds/" + round(site, f) + "/scoring-closure",
                        Map.of("note", "评分结束"))));
        all.put("POST /api/v1/assessment/rounds/{roundId}/publication", needs(Needs.COMMUNITY, (site, f) -> {
            String round = round(site, f);
            roundStep(f, round, "scoring-closure", Map.of("note", "评分结束"));
            return Call.json("POST", "/api/v1/assessment/rounds/" + round + "/publication", Map.of("note", "发布"));
        }));
        // Nothing changed since publication, so a caller allowed to correct is told so (422), after the role and division rules.
        all.put("POST /api/v1/assessment/rounds/{roundId}/corrections", needs(Needs.COMMUNITY, (site, f) -> {
            String round = round(site, f);
            roundStep(f, round, "scoring-closure", Map.of("note", "评分结束"));
            roundStep(f, round, "publication", Map.of("note", "发布"));
            return Call.json("POST", "/api/v1/assessment/rounds/" + round + "/corrections", Map.of("reason", "复核"));
        }));
        return all;
    }

    /** A scheme of one measured indicator (members), so that a round closes without scores. */
    private static Map<String, Object> schemeBody(String division) {
        return Map.of("name", "教共体评估", "division", division, "schoolYear", 2021, "indicators", List.of(Map.of(
                "code", "coverage", "name", "成员校覆盖", "kind", "MEASURED", "measure", "COVERAGE", "weight", 100,
                "bands", List.of(Map.of("from", 0, "points", 100)))));
    }

    private static Map<String, Object> roundBody(String scheme, String county) {
        return Map.of("schemeId", scheme, "division", county, "cutOffDate", "2021-12-31");
    }

    private static String scheme(Fixtures f) {
        return f.api().json(Fixtures.WRITER, "POST", "/api/v1/assessment/schemes", schemeBody("330000")).ok()
                .field("schemeId");
    }

    /** A round opened by the writer over the cell's county, as of 2021-12-31 (the cell's community formed before). */
    private static String round(Site site, Fixtures f) {
        return f.api().json(Fixtures.WRITER, "POST", "/api/v1/assessment/rounds", roundBody(scheme(f), site.county()))
                .ok().field("roundId");
    }

    private static void roundStep(Fixtures f, String round, String step, Map<String, Object> body) {
        f.api().json(Fixtures.WRITER, "POST", "/api/v1/assessment/rounds/" + round + "/" + step, body).ok();
    }

    private static String proposed(Site site, Fixtures f) {
        return f.posting(f.staff(site.a()), site.b());
    }

    private static String approved(Site site, Fixtures f) {
        String posting = proposed(site, f);
        f.postingStep(posting, "approval", dated("同意", "2024-06-01"));
        return posting;
    }

    private static String started(Site site, Fixtures f) {
        String posting = approved(site, f);
        f.postingStep(posting, "start", Map.of("effectiveDate", "2024-09-01"));
        return posting;
    }
}
