package edu.community.exchange.api;

import edu.community.contracts.exchange.ClassroomSession;
import edu.community.contracts.exchange.ReceivingClassroom;
import edu.community.exchange.domain.SyncSeries;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A synchronous-classroom series as the API shows it, with its recorded lessons in date order. */
@Schema(name = "SyncSeries")
public record SyncSeriesView(String seriesId, String communityId, String subject, int grade, String teachingSchool,
                             String teacherId, List<ReceivingClassroom> receivingClassrooms, DayOfWeek weekday,
                             int lessonMinutes, String term, LocalDate firstDay, List<Lesson> lessons,
                             @Schema(description = "Stream version; also the ETag") int version) {

    /** One recorded lesson. */
    @Schema(name = "SyncLesson")
    public record Lesson(LocalDate date, List<ClassroomSession> classrooms) {
    }

    static SyncSeriesView of(SyncSeries series, int version) {
        return new SyncSeriesView(series.id(), series.communityId(), series.subject(), series.grade(),
                series.teachingSchool(), series.teacherId(), series.receivingClassrooms(), series.weekday(),
                series.lessonMinutes(), series.term().toString(), series.firstDay(),
                series.sessions().entrySet().stream().map(e -> new Lesson(e.getKey(), e.getValue())).toList(), version);
    }
}
