package edu.community.demo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Loads the planned flows through the public APIs of staffing-service (teachers, postings) and exchange-service
 * (synchronous-classroom series and lessons, activities). Each write carries an {@code Idempotency-Key} made from the
 * seed, the school year and the community, so a second run is answered with the first run's outcomes.
 */
final class FlowLoader {

    private final ApiCalls api;
    private final URI staffing;
    private final URI exchange;
    private final int concurrency;
    private final String keyPrefix;
    private final Map<String, AtomicLong> outcomes = new ConcurrentHashMap<>();

    FlowLoader(ApiCalls api, URI staffing, URI exchange, int concurrency, long seed) {
        this.api = api;
        this.staffing = staffing;
        this.exchange = exchange;
        this.concurrency = concurrency;
        this.keyPrefix = "demo-" + seed + "-";
    }

    Map<String, Long> load(DemoFlows flows) throws Exception {
        Progress progress = new Progress(System.err, "flows      ", flows.communities().size());
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<Void>> running = new ArrayList<>();
            for (DemoFlows.CommunityFlows community : flows.communities()) {
                running.add(pool.submit(() -> {
                    load(flows.schoolYear(), community);
                    progress.advance(1);
                    return null;
                }));
            }
            for (Future<Void> future : running) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        outcomes.forEach((outcome, count) -> counts.put(outcome, count.get()));
        return counts;
    }

    private void load(int schoolYear, DemoFlows.CommunityFlows flows) throws IOException, InterruptedException {
        String key = keyPrefix + schoolYear + "-" + flows.community().id() + "-";
        String posted = register(flows.posting().teacher(), key + "staff-posted");
        post(flows.posting(), posted, key + "posting-");
        String teaching = register(flows.series().teacher(), key + "staff-teaching");
        teach(flows.series(), flows.community().id().toString(), teaching, key + "series-");
        for (int i = 0; i < flows.activities().size(); i++) {
            hold(flows.activities().get(i), flows.community().id().toString(), key + "activity-" + i + "-");
        }
    }

    private String register(DemoTeacher teacher, String key) throws IOException, InterruptedException {
        ObjectNode body = api.json().createObjectNode().put("name", teacher.name())
                .put("residentId", teacher.residentId()).put("gender", teacher.gender())
                .put("birthDate", teacher.birthDate().toString()).put("contact", teacher.contact()).put("role", "TEACHER")
                .put("schoolCode", teacher.school()).put("appointedOn", teacher.appointedOn().toString())
                .put("title", teacher.title()).put("backbone", teacher.backbone());
        teacher.subjects().forEach(body.putArray("subjects")::add);
        ApiCalls.Answer answer = api.write("POST", staffing.resolve("/api/v1/staff"), body, key);
        count("teacher", answer);
        return api.require("registering " + teacher.name(), answer).path("staffId").asText();
    }

    private void post(DemoPosting posting, String staffId, String key) throws IOException, InterruptedException {
        ObjectNode proposal = api.json().createObjectNode().put("staffId", staffId).put("kind", posting.kind())
                .put("destinationSchool", posting.destination()).put("plannedStart", posting.start().toString())
                .put("plannedEnd", posting.plannedEnd().toString()).put("reason", "教共体内交流轮岗（演示数据）")
                .put("effectiveDate", posting.proposedOn().toString());
        ApiCalls.Answer proposed = api.write("POST", staffing.resolve("/api/v1/postings"), proposal, key + "propose");
        count("posting proposed", proposed);
        String id = api.require("proposing a posting of " + staffId, proposed).path("postingId").asText();
        ObjectNode approval = api.json().createObjectNode().put("reason", "同意（演示数据）")
                .put("effectiveDate", posting.approvedOn().toString());
        ApiCalls.Answer approved = api.write("POST", staffing.resolve("/api/v1/postings/" + id + "/approval"), approval,
                key + "approve");
        count("posting approved", approved);
        api.require("approving posting " + id, approved, "posting.not-proposed");
        ApiCalls.Answer started = api.write("POST", staffing.resolve("/api/v1/postings/" + id + "/start"),
                api.json().createObjectNode().put("effectiveDate", posting.start().toString()), key + "start");
        count("posting started", started);
        api.require("starting posting " + id, started, "posting.not-approved");
    }

    private void teach(DemoSeries series, String communityId, String teacherId, String key)
            throws IOException, InterruptedException {
        ObjectNode plan = api.json().createObjectNode().put("communityId", communityId).put("subject", series.subject())
                .put("grade", series.grade()).put("teachingSchool", series.teachingSchool()).put("teacherId", teacherId)
                .put("weekday", series.weekday().name()).put("lessonMinutes", series.lessonMinutes())
                .put("term", series.term()).put("firstDay", series.firstDay().toString());
        ArrayNode classrooms = plan.putArray("receivingClassrooms");
        series.classrooms().forEach(classroom -> classrooms.addObject().put("schoolCode", classroom.school())
                .put("classroomId", classroom.classroomId()).put("enrolled", classroom.enrolled()));
        ApiCalls.Answer planned = api.write("POST", exchange.resolve("/api/v1/sync-series"), plan, key + "plan");
        count("sync series planned", planned);
        String id = api.require("planning a synchronous series of " + communityId, planned).path("seriesId").asText();
        for (DemoSeries.Lesson lesson : series.lessons()) {
            ObjectNode record = api.json().createObjectNode().put("date", lesson.date().toString());
            ArrayNode taught = record.putArray("classrooms");
            lesson.classrooms().forEach(classroom -> {
                ObjectNode one = taught.addObject().put("schoolCode", classroom.school())
                        .put("classroomId", classroom.classroomId()).put("held", classroom.held())
                        .put("present", classroom.present());
                if (classroom.missedReason() != null) {
                    one.put("missedReason", classroom.missedReason());
                }
            });
            ApiCalls.Answer recorded = api.write("POST", exchange.resolve("/api/v1/sync-series/" + id + "/sessions"),
                    record, key + "lesson-" + lesson.date());
            count("sync lesson recorded", recorded);
            api.require("recording the lesson of " + lesson.date() + " of series " + id, recorded,
                    "sync-session.already-recorded");
        }
    }

    private void hold(DemoActivity activity, String communityId, String key) throws IOException, InterruptedException {
        ObjectNode plan = api.json().createObjectNode().put("kind", activity.kind()).put("communityId", communityId)
                .put("hostSchool", activity.host()).put("date", activity.date().toString());
        participants(plan.putArray("plannedParticipants"), activity.planned());
        ApiCalls.Answer planned = api.write("POST", exchange.resolve("/api/v1/activities"), plan, key + "plan");
        count("activity planned", planned);
        String id = api.require("planning an activity of " + communityId, planned).path("activityId").asText();
        ObjectNode record = api.json().createObjectNode().put("heldOn", activity.date().toString())
                .put("durationMinutes", activity.minutes());
        participants(record.putArray("participants"), activity.held());
        ApiCalls.Answer held = api.write("POST", exchange.resolve("/api/v1/activities/" + id + "/record"), record,
                key + "record");
        count("activity held", held);
        api.require("recording activity " + id, held, "activity.already-held");
    }

    private static void participants(ArrayNode array, List<DemoActivity.Participant> participants) {
        participants.forEach(participant -> array.addObject().put("schoolCode", participant.school())
                .put("grade", participant.grade()).put("students", participant.students()));
    }

    private void count(String step, ApiCalls.Answer answer) {
        String outcome = step + " " + (answer.status() == 201 ? "201" : answer.ok() ? "200" : answer.code());
        outcomes.computeIfAbsent(outcome, any -> new AtomicLong()).incrementAndGet();
    }
}
