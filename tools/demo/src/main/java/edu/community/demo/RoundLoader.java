package edu.community.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One province-wide community assessment (教共体评估) of the demo year: a scheme of measured indicators only
 * (coverage, postings, synchronous hours, activities held: no assessor needed), a round as of the plan's last day,
 * scoring closed and published, so that the ranking exists. Ids and {@code Idempotency-Key}s come from the seed; a
 * round already published is left as it is.
 */
final class RoundLoader {

    /** A place of the published ranking. */
    record Place(int rank, String community, String coreSchool, double total, String tieBrokenBy) {
    }

    private final ApiCalls api;
    private final URI assessment;
    private final long seed;

    RoundLoader(ApiCalls api, URI assessment, long seed) {
        this.api = api;
        this.assessment = assessment;
        this.seed = seed;
    }

    /** Defines, opens, closes and publishes the round as far as it is not yet; answers its status. */
    String publish(String division, int schoolYear, LocalDate cutOff) throws IOException, InterruptedException {
        String schemeId = DemoFlows.id(seed, schoolYear, "scheme " + division).toString();
        String roundId = roundId(division, schoolYear);
        String key = "demo-" + seed + "-" + schoolYear + "-assessment-" + division + "-";
        api.require("defining the scheme", api.write("POST", assessment.resolve("/api/v1/assessment/schemes"),
                scheme(schemeId, division, schoolYear), key + "scheme"), "scheme.already-defined");
        ApiCalls.Answer round = api.read(round(roundId));
        if (round.status() == 404) {
            ObjectNode open = api.json().createObjectNode().put("roundId", roundId).put("schemeId", schemeId)
                    .put("division", division).put("cutOffDate", cutOff.toString());
            api.require("opening the round", api.write("POST", assessment.resolve("/api/v1/assessment/rounds"), open,
                    key + "round"), "round.already-opened");
            round = api.read(round(roundId));
        }
        String status = api.require("reading the round", round).path("status").asText();
        if (status.equals("OPEN")) {
            api.require("closing scoring", api.write("POST", round(roundId + "/scoring-closure"),
                    note("只含测量指标，无需评估员（演示数据）"), key + "closure"), "round.not-open");
            status = "SCORED";
        }
        if (status.equals("SCORED")) {
            api.require("publishing the round", api.write("POST", round(roundId + "/publication"),
                    note("演示省份年度评估结果"), key + "publication"), "round.not-scored");
            status = "PUBLISHED";
        }
        return status;
    }

    /** The first places of the round's division in the latest published version, with the communities' names. */
    List<Place> top(String division, int schoolYear, int places) throws IOException, InterruptedException {
        JsonNode latest = api.require("reading the round", api.read(round(roundId(division, schoolYear)))).path("latest");
        Map<String, JsonNode> communities = new HashMap<>();
        latest.path("communities").forEach(community -> communities.put(community.path("communityId").asText(), community));
        List<Place> top = new ArrayList<>();
        for (JsonNode entry : latest.path("rankings").path(0).path("entries")) {
            if (top.size() == places) {
                break;
            }
            JsonNode community = communities.getOrDefault(entry.path("communityId").asText(), entry);
            top.add(new Place(entry.path("rank").asInt(), community.path("name").asText(entry.path("communityId").asText()),
                    community.path("coreSchool").asText(), entry.path("total").asDouble(),
                    entry.path("tieBrokenBy").asText(null)));
        }
        return top;
    }

    private String roundId(String division, int schoolYear) {
        return DemoFlows.id(seed, schoolYear, "round " + division).toString();
    }

    private URI round(String path) {
        return assessment.resolve("/api/v1/assessment/rounds/" + path);
    }

    private ObjectNode note(String text) {
        return api.json().createObjectNode().put("note", text);
    }

    private ObjectNode scheme(String schemeId, String division, int schoolYear) {
        ObjectNode scheme = api.json().createObjectNode().put("schemeId", schemeId)
                .put("name", schoolYear + "学年教共体捆绑考核（演示）").put("division", division).put("schoolYear", schoolYear);
        ArrayNode indicators = scheme.putArray("indicators");
        measured(indicators, "coverage", "结对学校数", "COVERAGE", 25,
                new double[][]{{0, 2, 40}, {2, 3, 60}, {3, 4, 80}, {4, -1, 100}});
        measured(indicators, "postings", "教师交流轮岗", "POSTINGS", 25, new double[][]{{0, 1, 0}, {1, 2, 80}, {2, -1, 100}});
        measured(indicators, "sync-hours", "同步课堂送达乡镇和乡村学校课时", "SYNC_HOURS", 30,
                new double[][]{{0, 2, 0}, {2, 4, 40}, {4, 6, 60}, {6, 8, 80}, {8, 10, 90}, {10, -1, 100}});
        measured(indicators, "activities", "学生交流活动", "ACTIVITIES_HELD", 20,
                new double[][]{{0, 1, 0}, {1, 2, 60}, {2, -1, 100}});
        return scheme;
    }

    /** Bands as {from, to, points}; a negative {@code to} leaves the last band open. */
    private static void measured(ArrayNode indicators, String code, String name, String measure, int weight,
                                 double[][] bands) {
        ObjectNode indicator = indicators.addObject().put("code", code).put("name", name).put("kind", "MEASURED")
                .put("measure", measure).put("weight", weight);
        ArrayNode array = indicator.putArray("bands");
        for (double[] band : bands) {
            ObjectNode one = array.addObject().put("from", band[0]).put("points", (int) band[2]);
            if (band[1] >= 0) {
                one.put("to", band[1]);
            }
        }
    }
}
