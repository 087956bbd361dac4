package edu.community.contracts.exchange;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import edu.community.contracts.EffectiveDated;
import edu.community.contracts.EventContract;
import edu.community.contracts.Topics;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/** 同步课堂系列 — a weekly lesson taught live to receiving classrooms. The stream id is {@code sync-series-<seriesId>}. */
@EventContract(topic = Topics.EXCHANGE, name = "SyncSeriesPlanned", version = 1,
        description = "A synchronous-classroom series (同步课堂) was planned: a weekly lesson of a teaching school received by classrooms of member schools for a term.")
public record SyncSeriesPlanned(
        @JsonPropertyDescription("Id of the series (UUID); the stream id is sync-series-<seriesId>")
        String seriesId,
        @JsonPropertyDescription("Id of the community (教共体) the series belongs to")
        String communityId,
        @JsonPropertyDescription("Subject (学科), e.g. 数学")
        String subject,
        @JsonPropertyDescription("Grade (年级), 1 to 12")
        int grade,
        @JsonPropertyDescription("School code of the teaching school (主讲学校)")
        String teachingSchool,
        @JsonPropertyDescription("Opaque staff id of the teacher (主讲教师), as staffing-service knows them; never a name")
        String teacherId,
        @JsonPropertyDescription("The receiving classrooms (接收课堂)")
        List<ReceivingClassroom> receivingClassrooms,
        @JsonPropertyDescription("Weekday of the lesson")
        DayOfWeek weekday,
        @JsonPropertyDescription("Length of one lesson, in minutes")
        int lessonMinutes,
        @JsonPropertyDescription("The term, e.g. 2026-AUTUMN (September–January) or 2027-SPRING (February–August)")
        String term,
        @JsonPropertyDescription("The first day of the series")
        LocalDate effectiveDate) implements EffectiveDated {
}
