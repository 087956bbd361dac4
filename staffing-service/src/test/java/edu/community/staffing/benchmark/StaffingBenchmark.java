package edu.community.staffing.benchmark;

import static io.restassured.RestAssured.given;

import edu.community.contracts.staffing.BackboneLevel;
import edu.community.contracts.staffing.PostingApproved;
import edu.community.contracts.staffing.PostingCompleted;
import edu.community.contracts.staffing.PostingKind;
import edu.community.contracts.staffing.PostingProposed;
import edu.community.contracts.staffing.PostingStarted;
import edu.community.contracts.staffing.ProfessionalTitle;
import edu.community.contracts.staffing.StaffBackboneChanged;
import edu.community.contracts.staffing.StaffRegistered;
import edu.community.contracts.staffing.StaffRole;
import edu.community.contracts.staffing.StaffTransferred;
import edu.community.contracts.staffing.careers.RotationEligibility;
import edu.community.contracts.staffing.careers.RotationPolicy;
import edu.community.contracts.staffing.careers.RotationRatio;
import edu.community.eventsourcing.security.Caller;
import edu.community.eventsourcing.security.Division;
import edu.community.eventsourcing.testing.TestInfrastructure;
import edu.community.eventsourcing.testing.TestTokens;
import edu.community.reference.ResidentIdNumbers;
import edu.community.staffing.application.FigureQueries;
import edu.community.staffing.domain.Career;
import edu.community.staffing.domain.Posting;
import edu.community.staffing.domain.Staff;
import edu.community.staffing.projection.StaffRegister;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Not a test: prints (1) the staff import rate, 5,000 rows of one county as one CSV request, beside a plain
 * batched insert of 5,000 rows in the same run; (2) the annual rotation ratio (rule 5) and the eligibility (rule 4)
 * of a county of 5,000 staff with 10 years of history (appointments since 2014–2016, a transfer for 3 in 10,
 * backbone levels, 1–2 completed rotations or support teachings each), written straight into the registers, beside
 * reading the same register rows raw. Run it alone:
 * {@code mvn -pl eventsourcing,contracts,staffing-service verify -Dtest=StaffingBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class StaffingBenchmark {

    private static final String IMPORT_COUNTY = "331122";
    private static final String HISTORY_COUNTY = "331123";
    private static final int STAFF = 5_000;
    private static final int SCHOOLS = 50;
    private static final int RUNS = 5;
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    @Inject
    Pool pool;
    @Inject
    StaffRegister register;
    @Inject
    FigureQueries figures;

    @Test
    void import_rate_and_county_figures_of_5000_staff() {
        schools(IMPORT_COUNTY);
        schools(HISTORY_COUNTY);
        importRate();
        countyFigures();
    }

    private void importRate() {
        StringBuilder csv = new StringBuilder(
                "name,residentId,gender,birthDate,contact,role,schoolCode,appointedOn,title,backbone,subjects\n");
        for (int i = 0; i < STAFF; i++) {
            LocalDate born = LocalDate.of(1970 + i % 30, 1 + i % 12, 1 + i % 28);
            String first = IMPORT_COUNTY + born.toString().replace("-", "") + String.format("%03d", i % 1000);
            csv.append("教师").append(i).append(',').append(first).append(ResidentIdNumbers.checkCharacter(first))
                    .append(",FEMALE,").append(born).append(",1390000").append(String.format("%04d", i))
                    .append(",TEACHER,").append(school(IMPORT_COUNTY, i)).append(",2016-09-01,FIRST_GRADE,NONE,数学\n");
        }
        long start = System.nanoTime();
        int created = given().header("Authorization", TestTokens.bearer("330000", "province-officer"))
                .contentType("text/csv; charset=UTF-8").body(csv.toString().getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/staff/import").then().statusCode(200).extract().path("summary.CREATED");
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.query("create temporary table bench_raw (id uuid, name text, school text, state jsonb)").execute()
                .await().indefinitely();
        List<Tuple> rows = new ArrayList<>();
        for (int i = 0; i < STAFF; i++) {
            rows.add(Tuple.of(UUID.randomUUID(), "教师" + i, school(IMPORT_COUNTY, i),
                    new JsonObject().put("i", i)));
        }
        long raw = System.nanoTime();
        pool.preparedQuery("insert into bench_raw values ($1, $2, $3, $4)").executeBatch(rows).await().indefinitely();
        double rawSeconds = (System.nanoTime() - raw) / 1e9;
        System.out.printf("staff import: %d of %d rows CREATED in %.1f s = %.0f rows/s; raw batched insert of %d rows:"
                        + " %.2f s = %.0f rows/s; ratio %.1f%n", created, STAFF, seconds, STAFF / seconds, STAFF,
                rawSeconds, STAFF / rawSeconds, seconds / rawSeconds);
    }

    private void countyFigures() {
        long loading = System.nanoTime();
        int postings = history();
        System.out.printf("history: %d staff and %d postings written to the registers in %d ms%n", STAFF, postings,
                (System.nanoTime() - loading) / 1_000_000);
        pool.query("analyze").execute().await().indefinitely();
        Caller province = new Caller("benchmark", Set.of("province-officer"), new Division("330000"), Optional.empty());
        RotationRatio ratio = figures.county(HISTORY_COUNTY, AS_OF, province).await().indefinitely();
        long countyMs = median(() -> figures.county(HISTORY_COUNTY, AS_OF, province).await().indefinitely());
        long rawMs = median(() -> pool.query("select s.state, p.state from staff s left join posting p using (staff_id)"
                + " where s.school_code like '" + HISTORY_COUNTY + "%'").execute().await().indefinitely());
        List<Career> careers = new ArrayList<>(register.careers(pool, staffIds()).await().indefinitely().values());
        long eligibilityMs = median(() -> careers.stream()
                .filter(career -> RotationEligibility.of(career.history(), RotationPolicy.national(), AS_OF).eligible()).count());
        long eligible = careers.stream()
                .filter(career -> RotationEligibility.of(career.history(), RotationPolicy.national(), AS_OF).eligible()).count();
        System.out.printf("county rotation ratio %d/%d (eligible %d, rotated %d, backbone %d): median %d ms of %d runs"
                        + " end to end (registers and read model read, rules 4 and 5 computed); reading the same rows raw:"
                        + " %d ms; ratio %.1f%n", ratio.schoolYear(), ratio.schoolYear() + 1, ratio.eligible(),
                ratio.rotated(), ratio.backboneRotated(), countyMs, RUNS, rawMs, (double) countyMs / Math.max(1, rawMs));
        System.out.printf("rotation eligibility of %d people on %s (%d eligible), domain only: median %d ms%n",
                careers.size(), AS_OF, eligible, eligibilityMs);
    }

    /** 5,000 people with 10 years of history in the registers, in batches of 250 per transaction. */
    private int history() {
        Random random = new Random(20261129);
        int postings = 0;
        for (int batch = 0; batch < STAFF / 250; batch++) {
            List<Staff> people = new ArrayList<>();
            List<Posting> moves = new ArrayList<>();
            for (int n = 0; n < 250; n++) {
                int i = batch * 250 + n;
                String id = new UUID(42, i).toString();
                String home = school(HISTORY_COUNTY, i);
                LocalDate appointed = LocalDate.of(2014 + random.nextInt(3), 9, 1);
                Staff staff = Staff.NONE.apply(new StaffRegistered(id, i % 40 == 0 ? StaffRole.PRINCIPAL
                        : StaffRole.TEACHER, home, ProfessionalTitle.SECOND_GRADE, BackboneLevel.NONE, List.of("数学"),
                        appointed));
                if (random.nextInt(10) < 3) {
                    staff = staff.apply(new StaffTransferred(id, home, school(HISTORY_COUNTY, i + 7), StaffRole.TEACHER,
                            LocalDate.of(2019, 9, 1)));
                }
                if (random.nextInt(4) == 0) {
                    staff = staff.apply(new StaffBackboneChanged(id, BackboneLevel.COUNTY, LocalDate.of(2020, 1, 1)));
                }
                people.add(staff);
                int count = 1 + random.nextInt(2);
                for (int p = 0; p < count; p++) {
                    LocalDate start = LocalDate.of(p == 0 ? 2017 + random.nextInt(2) : 2021 + random.nextInt(5), 9, 1);
                    moves.add(completed(id, staff.appointmentOn(start).orElseThrow().school(),
                            school(HISTORY_COUNTY, i + 13), start, p == 0 ? PostingKind.ROTATION
                                    : PostingKind.SUPPORT_TEACHING));
                }
            }
            postings += moves.size();
            pool.withTransaction(tx -> {
                Uni<Void> chain = Uni.createFrom().voidItem();
                for (Staff staff : people) {
                    chain = chain.flatMap(done -> register.record(tx, staff, 1));
                }
                for (Posting posting : moves) {
                    chain = chain.flatMap(done -> register.record(tx, posting, 4));
                }
                return chain;
            }).await().indefinitely();
        }
        return postings;
    }

    private static Posting completed(String staffId, String origin, String destination, LocalDate start,
                                     PostingKind kind) {
        String id = UUID.randomUUID().toString();
        LocalDate end = start.plusYears(1).minusDays(1);
        Posting posting = Posting.NONE.apply(new PostingProposed(id, staffId, kind, origin, destination, start, end,
                "bench", "交流", start.minusMonths(3)));
        posting = posting.apply(new PostingApproved(id, "bench", "同意", start.minusMonths(2)));
        posting = posting.apply(new PostingStarted(id, "bench", start));
        // Ongoing postings of the last school year stay started.
        return end.isAfter(AS_OF) ? posting : posting.apply(new PostingCompleted(id, "bench", false, end));
    }

    private List<UUID> staffIds() {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < STAFF; i++) {
            ids.add(new UUID(42, i));
        }
        return ids;
    }

    /** 50 schools of a county: every fifth rural, the others urban, since 2000. */
    private void schools(String county) {
        pool.query("""
                insert into community_school (school_code, county_code)
                select '%1$s' || lpad(i::text, 4, '0'), '%1$s' from generate_series(1, %2$d) i on conflict do nothing;
                insert into community_school_classification (school_code, effective_date, stream_version, classification)
                select '%1$s' || lpad(i::text, 4, '0'), date '2000-09-01', 1,
                       case when i %% 5 = 0 then 'RURAL' else 'URBAN' end from generate_series(1, %2$d) i
                on conflict do nothing;
                """.formatted(county, SCHOOLS)).execute().await().indefinitely();
    }

    private static String school(String county, int i) {
        return county + String.format("%04d", i % SCHOOLS + 1);
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
