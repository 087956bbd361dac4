package edu.community.exchange.projection;

import edu.community.contracts.exchange.ParticipantCount;
import edu.community.exchange.domain.Activity;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * 活动登记 — every activity as it stands now, and the actual participants of the held ones with their school's
 * county, kept in the append's transaction; the term figures are read from it.
 */
@ApplicationScoped
public class ActivityRegister {

    public Uni<Void> record(SqlConnection tx, Activity activity, int version) {
        return tx.preparedQuery("""
                        insert into activity (activity_id, community_id, kind, host_school, status, activity_date,
                                              duration_minutes, version)
                        values ($1, $2, $3, $4, $5, $6, $7, $8)
                        on conflict (activity_id) do update set status = excluded.status,
                            activity_date = excluded.activity_date, duration_minutes = excluded.duration_minutes,
                            version = excluded.version""")
                .execute(Tuple.from(new Object[]{activity.id(), activity.communityId(), activity.kind().name(),
                        activity.hostSchool(), activity.status().name(), activity.date(),
                        activity.status() == Activity.Status.HELD ? activity.durationMinutes() : null, version}))
                .flatMap(done -> tx.preparedQuery("delete from activity_participation where activity_id = $1")
                        .execute(Tuple.of(activity.id())))
                .flatMap(done -> participants(tx, activity.id(), activity.participants()));
    }

    /** The schools' counties come from the read model, which knew every one of them when the rule checked. */
    private static Uni<Void> participants(SqlConnection tx, String activityId, List<ParticipantCount> counts) {
        if (counts.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return tx.preparedQuery("""
                        insert into activity_participation (activity_id, school_code, county_code, grade, students)
                        select $1, school_code, county_code, $3, $4 from community_school where school_code = $2""")
                .executeBatch(counts.stream()
                        .map(count -> Tuple.of(activityId, count.schoolCode(), count.grade(), count.students()))
                        .toList())
                .replaceWithVoid();
    }
}
