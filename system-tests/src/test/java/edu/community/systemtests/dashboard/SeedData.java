package edu.community.systemtests.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A small data set written through the gateway as the province officer, so that a system started empty (CI) shows
 * figures: five schools registered on 1 September of the current school year, a co-construction community in
 * 西湖区 330106 (an urban core, two rural members) and a collaborative one pairing another urban school of 330106
 * with a rural school of 淳安县 330127, both formed later in the year ({@link #formed}). On a stack that has data
 * already (the demo province) the codes are the first free ones from {@code 33010698xx} and {@code 33012798xx}.
 * Then a published assessment round of 330106 as of {@link #asOf} ({@link #round}): one measured indicator, coverage,
 * weight 100 (two members 100 points, one 40), no assessors.
 */
final class SeedData {

    final int schoolYear;
    final LocalDate yearStart;
    final LocalDate formed;
    final LocalDate asOf;
    final String coConstruction = UUID.randomUUID().toString();
    final String collaborative = UUID.randomUUID().toString();
    String round;

    private SeedData(LocalDate today) {
        schoolYear = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
        yearStart = LocalDate.of(schoolYear, 9, 1);
        long days = ChronoUnit.DAYS.between(yearStart, today);
        formed = yearStart.plusDays(Math.max(1, days / 2));
        asOf = today.isAfter(formed) ? today : formed;
    }

    static SeedData write(Api province) throws IOException, InterruptedException {
        SeedData seed = new SeedData(LocalDate.now());
        List<String> xihu = seed.freeCodes(province, "330106", 4);
        String chunan = seed.freeCodes(province, "330127", 1).get(0);
        seed.register(province, xihu.get(0), "330106", "URBAN", "看板测试核心小学");
        seed.register(province, xihu.get(1), "330106", "RURAL", "看板测试成员小学一");
        seed.register(province, xihu.get(2), "330106", "RURAL", "看板测试成员小学二");
        seed.register(province, xihu.get(3), "330106", "URBAN", "看板测试协作核心小学");
        seed.register(province, chunan, "330127", "RURAL", "看板测试山区小学");
        seed.form(province, seed.coConstruction, "看板测试共建共同体", "CO_CONSTRUCTION", xihu.get(0), List.of(xihu.get(1), xihu.get(2)));
        seed.form(province, seed.collaborative, "看板测试协作共同体", "COLLABORATIVE", xihu.get(3), List.of(chunan));
        seed.awaitReport(province);
        seed.publishRound(province);
        return seed;
    }

    private List<String> freeCodes(Api api, String county, int count) throws IOException, InterruptedException {
        List<String> free = new ArrayList<>();
        for (int n = 9800; n <= 9999 && free.size() < count; n++) {
            String code = county + n;
            if (api.get("/api/v1/schools/" + code).status() == 404) {
                free.add(code);
            }
        }
        if (free.size() < count) {
            throw new IllegalStateException("no free school codes left in " + county + "98xx–99xx");
        }
        return free;
    }

    private void register(Api api, String code, String county, String classification, String name)
            throws IOException, InterruptedException {
        ObjectNode body = Api.JSON.createObjectNode().put("schoolCode", code).put("name", name + code.substring(6))
                .put("countyCode", county).put("classification", classification).put("level", "PRIMARY")
                .put("enrolment", 400).put("effectiveDate", yearStart.toString());
        expectCreated(api.post("/api/v1/schools", body), "school " + code);
    }

    private void form(Api api, String id, String name, String model, String core, List<String> members)
            throws IOException, InterruptedException {
        ObjectNode body = Api.JSON.createObjectNode().put("communityId", id).put("name", name).put("model", model)
                .put("coreSchool", core).put("effectiveDate", formed.toString());
        members.forEach(body.putArray("members")::add);
        body.putObject("agreement").put("signedOn", formed.minusDays(10).toString()).put("goals", "城乡学校共同提升")
                .put("content", "教师交流、同步课堂").put("termStart", formed.toString())
                .put("termEnd", formed.plusYears(3).minusDays(1).toString());
        expectCreated(api.post("/api/v1/communities", body), "community " + name);
    }

    private void publishRound(Api api) throws IOException, InterruptedException {
        ObjectNode scheme = Api.JSON.createObjectNode().put("name", "看板测试教共体评估").put("division", "330106")
                .put("schoolYear", schoolYear);
        ObjectNode coverage = scheme.putArray("indicators").addObject().put("code", "coverage").put("name", "成员校覆盖")
                .put("kind", "MEASURED").put("measure", "COVERAGE").put("weight", 100);
        coverage.putArray("bands").add(Api.JSON.createObjectNode().put("from", 0).put("to", 2).put("points", 40))
                .add(Api.JSON.createObjectNode().put("from", 2).put("points", 100));
        Api.Answer defined = api.post("/api/v1/assessment/schemes", scheme);
        expectCreated(defined, "assessment scheme");
        Api.Answer opened = api.post("/api/v1/assessment/rounds", Api.JSON.createObjectNode()
                .put("schemeId", defined.body().path("schemeId").asText()).put("division", "330106")
                .put("cutOffDate", asOf.toString()));
        expectCreated(opened, "assessment round");
        round = opened.body().path("roundId").asText();
        expect(200, api.post("/api/v1/assessment/rounds/" + round + "/scoring-closure",
                Api.JSON.createObjectNode().put("note", "仅测量指标")), "scoring closure");
        expect(200, api.post("/api/v1/assessment/rounds/" + round + "/publication",
                Api.JSON.createObjectNode().put("note", "看板测试发布")), "publication");
    }

    private static long members(JsonNode children, String community) {
        for (JsonNode child : children) {
            if (child.path("unit").asText().equals("community/" + community)) {
                return child.path("figures").path("members").asLong(0);
            }
        }
        return -1;
    }

    private static void expectCreated(Api.Answer answer, String what) {
        expect(201, answer, what);
    }

    private static void expect(int status, Api.Answer answer, String what) {
        if (answer.status() != status) {
            throw new IllegalStateException(what + ": " + answer.status() + " " + answer.body());
        }
    }

    /**
     * The report is a projection of the community topic: wait until 330106's report lists both communities with
     * their members (the round reads them; a community can be listed before its members' schools are known).
     */
    private void awaitReport(Api api) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (true) {
            JsonNode children = api.report("330106", schoolYear, asOf.toString()).path("children");
            if (members(children, coConstruction) == 2 && members(children, collaborative) == 1) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the report of 330106 did not list the seeded communities with their members in 3 minutes: " + children);
            }
            Thread.sleep(500);
        }
    }
}
