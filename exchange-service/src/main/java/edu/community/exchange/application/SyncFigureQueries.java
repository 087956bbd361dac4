package edu.community.exchange.application;

import edu.community.eventsourcing.security.Caller;
import edu.community.eventsourcing.security.Division;
import edu.community.exchange.domain.Term;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The synchronous-classroom term figures of a community or a county, from the series register. */
@ApplicationScoped
public class SyncFigureQueries {

    /** The classroom lessons counted, with the receiving school's classification on the lesson date. */
    private static final String COUNTED = """
            with counted as (
                select c.*, x.lesson_minutes,
                       (select k.classification from community_school_classification k
                         where k.school_code = c.school_code and k.effective_date <= c.lesson_date
                         order by k.effective_date desc, k.stream_version desc limit 1) in ('RURAL', 'TOWNSHIP') as rural
                  from sync_classroom_session c join sync_series x using (series_id)
                 where %s and c.lesson_date between $2 and $3)
            """;

    private final Pool pool;

    public SyncFigureQueries(Pool pool) {
        this.pool = pool;
    }

    /** Readable by whoever may read the county of the community's core school. */
    public Uni<Optional<SyncFigures>> ofCommunity(String communityId, Term term, LocalDate asOf, Caller caller) {
        return pool.preparedQuery("""
                        select s.county_code from community_status c join community_school s on s.school_code = c.core_school
                         where c.community_id = $1 order by c.effective_date desc, c.stream_version desc limit 1""")
                .execute(Tuple.of(communityId))
                .flatMap(rows -> {
                    if (rows.size() == 0) {
                        return Uni.createFrom().item(Optional.empty());
                    }
                    caller.requireReadAccess(new Division(rows.iterator().next().getString("county_code")));
                    return figures("community " + communityId, "x.community_id = $1", communityId, term, asOf)
                            .map(Optional::of);
                });
    }

    /** The classrooms of the county's schools. */
    public Uni<SyncFigures> ofCounty(String countyCode, Term term, LocalDate asOf, Caller caller) {
        caller.requireReadAccess(new Division(countyCode));
        return figures("county " + countyCode, "c.county_code = $1", countyCode, term, asOf);
    }

    private Uni<SyncFigures> figures(String scope, String where, String key, Term term, LocalDate asOf) {
        LocalDate to = asOf.isBefore(term.lastDay()) ? asOf : term.lastDay();
        Tuple args = Tuple.of(key, term.firstDay(), to);
        String counted = COUNTED.formatted(where);
        return pool.preparedQuery(counted + """
                        select (select count(distinct (series_id, lesson_date)) from counted where held) as lessons,
                               (select coalesce(sum(lesson_minutes), 0) from counted where held and rural) as minutes""")
                .execute(args)
                .flatMap(totals -> pool.preparedQuery(counted + """
                                select school_code, sum(present) as present, sum(enrolled) as enrolled
                                  from counted where held group by school_code order by school_code""")
                        .execute(args)
                        .flatMap(schools -> pool.preparedQuery(counted + """
                                        select missed_reason, count(*) as lessons from counted where not held
                                         group by missed_reason order by missed_reason""")
                                .execute(args)
                                .map(missed -> {
                                    Row total = totals.iterator().next();
                                    List<SyncFigures.SchoolAttendance> attendance = new ArrayList<>();
                                    schools.forEach(row -> attendance.add(attendance(row)));
                                    List<SyncFigures.Missed> reasons = new ArrayList<>();
                                    missed.forEach(row -> reasons.add(new SyncFigures.Missed(
                                            row.getString("missed_reason"), row.getLong("lessons"))));
                                    return new SyncFigures(scope, term.toString(), term.firstDay(), to,
                                            total.getLong("lessons"), total.getLong("minutes"), attendance, reasons);
                                })));
    }

    private static SyncFigures.SchoolAttendance attendance(Row row) {
        long present = row.getLong("present");
        long enrolled = row.getLong("enrolled");
        return new SyncFigures.SchoolAttendance(row.getString("school_code"), present, enrolled,
                BigDecimal.valueOf(present).divide(BigDecimal.valueOf(enrolled), 4, RoundingMode.HALF_UP));
    }
}
