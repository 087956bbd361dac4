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
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The synchronous-classroom term figures of a community or a county, from the series register. */
@ApplicationScoped
public class SyncFigureQueries {

    /**
     * One pass over the classroom lessons counted: the classification of each receiving school is looked up once
     * per school and lesson date (not per classroom lesson), and the three parts of the figures come back as rows
     * tagged {@code total}, {@code school} and {@code missed}.
     */
    private static final String FIGURES = """
            with lessons as materialized (
                select c.series_id, c.lesson_date, c.school_code, c.held, c.present, c.enrolled, c.missed_reason,
                       x.lesson_minutes
                  from sync_classroom_session c join sync_series x using (series_id)
                 where %s and c.lesson_date between $2 and $3),
            rural as materialized (
                select d.school_code, d.lesson_date,
                       coalesce((select k.classification from community_school_classification k
                                  where k.school_code = d.school_code and k.effective_date <= d.lesson_date
                                  order by k.effective_date desc, k.stream_version desc limit 1)
                                in ('RURAL', 'TOWNSHIP'), false) as rural
                  from (select distinct school_code, lesson_date from lessons) d),
            counted as (select * from lessons join rural using (school_code, lesson_date))
            select 'total' as part, null as key,
                   (select count(*) from (select 1 from counted where held group by series_id, lesson_date) l) as a,
                   coalesce(sum(lesson_minutes) filter (where held and rural), 0) as b
              from counted
            union all
            select 'school', school_code, sum(present), sum(enrolled)
              from counted where held group by school_code
            union all
            select 'missed', missed_reason, count(*), 0
              from counted where not held group by missed_reason
            """;

    private final Pool pool;

    public SyncFigureQueries(Pool pool) {
        this.pool = pool;
    }

    /** Readable by whoever may read the county of the community's core school. */
    public Uni<Optional<SyncFigures>> ofCommunity(String communityId, Term term, LocalDate asOf, Caller caller) {
        return pool.preparedQuery("""
                        select s.county_code from community_status c join community_school s on s.school_code = c.core_school
                         where c.community_id = $1 and c.core_school is not null
                         order by c.effective_date desc, c.stream_version desc limit 1""")
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
        return pool.preparedQuery(FIGURES.formatted(where)).execute(Tuple.of(key, term.firstDay(), to)).map(rows -> {
            long lessons = 0;
            long minutes = 0;
            List<SyncFigures.SchoolAttendance> attendance = new ArrayList<>();
            List<SyncFigures.Missed> missed = new ArrayList<>();
            for (Row row : rows) {
                switch (row.getString("part")) {
                    case "total" -> {
                        lessons = row.getLong("a");
                        minutes = row.getLong("b");
                    }
                    case "school" -> attendance.add(attendance(row));
                    default -> missed.add(new SyncFigures.Missed(row.getString("key"), row.getLong("a")));
                }
            }
            attendance.sort(Comparator.comparing(SyncFigures.SchoolAttendance::schoolCode));
            missed.sort(Comparator.comparing(SyncFigures.Missed::reason));
            return new SyncFigures(scope, term.toString(), term.firstDay(), to, lessons, minutes, attendance, missed);
        });
    }

    private static SyncFigures.SchoolAttendance attendance(Row row) {
        long present = row.getLong("a");
        long enrolled = row.getLong("b");
        return new SyncFigures.SchoolAttendance(row.getString("key"), present, enrolled,
                BigDecimal.valueOf(present).divide(BigDecimal.valueOf(enrolled), 4, RoundingMode.HALF_UP));
    }
}
