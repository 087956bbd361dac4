package edu.community.exchange.benchmark;

import edu.community.eventsourcing.security.Caller;
import edu.community.eventsourcing.security.Division;
import edu.community.eventsourcing.testing.TestInfrastructure;
import edu.community.exchange.application.SyncFigureQueries;
import edu.community.exchange.application.SyncFigures;
import edu.community.exchange.domain.Term;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Not a test: prints how long a county's synchronous-classroom term figures take with 2,000 series of 36 weekly
 * lessons and 5 receiving classrooms each (360,000 classroom lessons in the register, all in the county), beside
 * a plain aggregate over the same rows in the same run, as a ratio. Run it alone:
 * {@code mvn -pl exchange-service -am verify -Dtest=CountyFiguresBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class CountyFiguresBenchmark {

    private static final String COUNTY = "331124";
    private static final Term TERM = Term.parse("2026-AUTUMN");
    private static final int RUNS = 7;

    @Inject
    Pool pool;
    @Inject
    SyncFigureQueries figures;

    @Test
    void county_term_figures_of_2000_series() {
        long loading = System.nanoTime();
        load();
        System.out.printf("loaded 360,000 classroom lessons of 2,000 series in %d ms%n",
                (System.nanoTime() - loading) / 1_000_000);
        Caller province = new Caller("benchmark", Set.of("province-officer"), new Division("330000"), Optional.empty());
        LocalDate asOf = TERM.lastDay();
        SyncFigures result = figures.ofCounty(COUNTY, TERM, asOf, province).await().indefinitely();
        long figuresMs = median(() -> figures.ofCounty(COUNTY, TERM, asOf, province).await().indefinitely());
        long rawMs = median(() -> pool.preparedQuery("""
                        select count(*), sum(present), sum(enrolled) from sync_classroom_session
                         where county_code = $1 and lesson_date between $2 and $3""")
                .execute(Tuple.of(COUNTY, TERM.firstDay(), asOf)).await().indefinitely());
        System.out.printf("county term figures (%d lessons delivered, %d schools): median %d ms of %d runs;"
                        + " raw aggregate over the same rows: %d ms; ratio %.1f%n", result.lessonsDelivered(),
                result.attendance().size(), figuresMs, RUNS, rawMs, (double) figuresMs / Math.max(1, rawMs));
    }

    /** 200 receiving schools of the county (rural, township, urban in turn), 2,000 series, 36 Tuesdays from 2026-09-01. */
    private void load() {
        pool.query("""
                insert into community_school (school_code, county_code)
                select '%1$s' || lpad(i::text, 4, '0'), '%1$s' from generate_series(1, 200) i on conflict do nothing;
                insert into community_school_classification (school_code, effective_date, stream_version, classification)
                select '%1$s' || lpad(i::text, 4, '0'), date '2020-09-01', 1,
                       (array['RURAL', 'TOWNSHIP', 'URBAN'])[i %% 3 + 1] from generate_series(1, 200) i
                on conflict do nothing;
                insert into sync_series (series_id, community_id, teaching_school, term, lesson_minutes, version)
                select 'bench-' || s, 'bench', '3301060001', '2026-AUTUMN', 40, 1 from generate_series(1, 2000) s;
                insert into sync_classroom_session (series_id, lesson_date, school_code, classroom_id, county_code,
                                                    enrolled, held, present, missed_reason)
                select 'bench-' || s, date '2026-09-01' + 7 * w, '%1$s' || lpad(((s * 5 + c) %% 200 + 1)::text, 4, '0'),
                       s || '-' || c, '%1$s', 40, (s + w + c) %% 10 <> 0,
                       case when (s + w + c) %% 10 <> 0 then 35 else 0 end,
                       case when (s + w + c) %% 10 = 0 then 'CONNECTION_FAILURE' end
                  from generate_series(1, 2000) s, generate_series(0, 35) w, generate_series(1, 5) c;
                analyze;
                """.formatted(COUNTY)).execute().await().indefinitely();
    }

    private static long median(Supplier<?> run) {
        long[] ms = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            run.get();
            ms[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(ms);
        return ms[RUNS / 2];
    }
}
