package edu.community.exchange.application;

import edu.community.eventsourcing.security.Caller;
import edu.community.eventsourcing.security.Division;
import edu.community.exchange.domain.Term;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The term figures of a community or a county, from the activity register; as of a date by the activities'
 * dates, so a backdated record or a late correction changes the figures of the past dates it concerns.
 */
@ApplicationScoped
public class FigureQueries {

    /** Students per activity, with their school's classification on the activity date. */
    private static final String PARTICIPATION = """
            select p.activity_id, p.students,
                   (select c.classification from community_school_classification c
                     where c.school_code = p.school_code and c.effective_date <= a.activity_date
                     order by c.effective_date desc, c.stream_version desc limit 1) in ('RURAL', 'TOWNSHIP') as rural
              from activity_participation p join activity a using (activity_id)""";

    private final Pool pool;

    public FigureQueries(Pool pool) {
        this.pool = pool;
    }

    /** The figures of a community; readable by whoever may read its core school's county. */
    public Uni<Optional<TermFigures>> ofCommunity(String communityId, Term term, LocalDate asOf, Caller caller) {
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
                    LocalDate to = last(term, asOf);
                    return pool.preparedQuery("""
                                    with counted as (select * from activity where community_id = $1
                                                        and activity_date between $2 and $3),
                                         students as (%s where a.community_id = $1 and a.activity_date between $2 and $3)
                                    select (select count(*) from counted where status = 'HELD') as held,
                                           (select count(*) from counted where status = 'CANCELLED') as cancelled,
                                           (select coalesce(sum(duration_minutes), 0) from counted where status = 'HELD') as minutes,
                                           (select coalesce(sum(students), 0) from students) as students,
                                           (select coalesce(sum(students) filter (where rural), 0) from students) as rural"""
                                    .formatted(PARTICIPATION))
                            .execute(Tuple.of(communityId, term.firstDay(), to))
                            .map(figures -> Optional.of(figures("community " + communityId, term, to,
                                    figures.iterator().next())));
                });
    }

    /**
     * The figures of a county: activities in which a school of the county took part (their full minutes),
     * and the students of the county's schools.
     */
    public Uni<TermFigures> ofCounty(String countyCode, Term term, LocalDate asOf, Caller caller) {
        caller.requireReadAccess(new Division(countyCode));
        LocalDate to = last(term, asOf);
        return pool.preparedQuery("""
                        with counted as (select * from activity a where a.activity_date between $2 and $3
                                            and (exists (select 1 from activity_participation p
                                                          where p.activity_id = a.activity_id and p.county_code = $1)
                                                 or a.status = 'CANCELLED' and exists (select 1 from community_school s
                                                          where s.school_code = a.host_school and s.county_code = $1))),
                             students as (%s where p.county_code = $1 and a.activity_date between $2 and $3)
                        select (select count(*) from counted where status = 'HELD') as held,
                               (select count(*) from counted where status = 'CANCELLED') as cancelled,
                               (select coalesce(sum(duration_minutes), 0) from counted where status = 'HELD') as minutes,
                               (select coalesce(sum(students), 0) from students) as students,
                               (select coalesce(sum(students) filter (where rural), 0) from students) as rural"""
                        .formatted(PARTICIPATION))
                .execute(Tuple.of(countyCode, term.firstDay(), to))
                .map(figures -> figures("county " + countyCode, term, to, figures.iterator().next()));
    }

    private static LocalDate last(Term term, LocalDate asOf) {
        return asOf.isBefore(term.lastDay()) ? asOf : term.lastDay();
    }

    private static TermFigures figures(String scope, Term term, LocalDate to, Row row) {
        return new TermFigures(scope, term.toString(), term.firstDay(), to, row.getLong("held"),
                row.getLong("cancelled"), row.getLong("minutes"), row.getLong("students"), row.getLong("rural"));
    }
}
