package edu.community.exchange.projection;

import edu.community.contracts.exchange.ClassroomSession;
import edu.community.contracts.exchange.ReceivingClassroom;
import edu.community.contracts.exchange.SyncSessionCorrected;
import edu.community.contracts.exchange.SyncSessionRecorded;
import edu.community.exchange.domain.SyncSeries;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;

/**
 * 同步课堂登记 — every series, and every recorded lesson per receiving classroom as last recorded or corrected,
 * kept in the append's transaction; the term figures are read from it.
 */
@ApplicationScoped
public class SyncSeriesRegister {

    public Uni<Void> record(SqlConnection tx, SyncSeries series, int version, List<? extends Record> events) {
        Uni<Void> done = tx.preparedQuery("""
                        insert into sync_series (series_id, community_id, teaching_school, term, lesson_minutes, version)
                        values ($1, $2, $3, $4, $5, $6)
                        on conflict (series_id) do update set version = excluded.version""")
                .execute(Tuple.of(series.id(), series.communityId(), series.teachingSchool(), series.term().toString(),
                        series.lessonMinutes(), version))
                .replaceWithVoid();
        for (Record event : events) {
            LocalDate date = event instanceof SyncSessionRecorded e ? e.effectiveDate()
                    : event instanceof SyncSessionCorrected e ? e.effectiveDate() : null;
            if (date != null) {
                done = done.flatMap(ignored -> lesson(tx, series, date));
            }
        }
        return done;
    }

    /** Replaces the rows of one lesson; the schools' counties come from the read model that knew them. */
    private static Uni<Void> lesson(SqlConnection tx, SyncSeries series, LocalDate date) {
        List<Tuple> rows = series.sessions().get(date).stream()
                .map(session -> Tuple.from(new Object[]{series.id(), date, session.schoolCode(), session.classroomId(),
                        enrolled(series, session), session.held(), session.present(),
                        session.missedReason() == null ? null : session.missedReason().name()}))
                .toList();
        return tx.preparedQuery("delete from sync_classroom_session where series_id = $1 and lesson_date = $2")
                .execute(Tuple.of(series.id(), date))
                .flatMap(deleted -> tx.preparedQuery("""
                                insert into sync_classroom_session (series_id, lesson_date, school_code, classroom_id,
                                    county_code, enrolled, held, present, missed_reason)
                                select $1, $2, school_code, $4, county_code, $5, $6, $7, $8
                                  from community_school where school_code = $3""")
                        .executeBatch(rows))
                .replaceWithVoid();
    }

    private static int enrolled(SyncSeries series, ClassroomSession session) {
        return series.receivingClassrooms().stream()
                .filter(c -> c.schoolCode().equals(session.schoolCode()) && c.classroomId().equals(session.classroomId()))
                .mapToInt(ReceivingClassroom::enrolled).findFirst().orElseThrow();
    }
}
