package edu.community.assessment.projection;

import edu.community.assessment.domain.SchoolStatistics;
import edu.community.contracts.assessment.SchoolStage;
import edu.community.contracts.assessment.SchoolStatisticsSubmitted;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** 学校年度统计 — the statistics in force per school, year and stage, kept in the transaction of each append. */
@ApplicationScoped
public class StatisticsRegister {

    private static final String COLUMNS = "school_code, school_year, stage, students, teachers, qualified_teachers,"
            + " backbone_teachers, pe_arts_teachers, mid_titled_teachers, multimedia_classrooms, computers, books,"
            + " floor_space, sports_space, equipment_value, effective_date, version, county_code";

    private final Pool pool;

    public StatisticsRegister(Pool pool) {
        this.pool = pool;
    }

    /** A school's statistics in force, with the date they were taken and the stream version. */
    public record Registered(SchoolStatistics statistics, String countyCode, LocalDate effectiveDate, int version) {
    }

    public Uni<Void> record(SqlConnection tx, SchoolStatisticsSubmitted e, int version) {
        return tx.preparedQuery("insert into school_statistics (" + COLUMNS + ") values ($1, $2, $3, $4, $5, $6, $7,"
                        + " $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18) on conflict (school_code, school_year, stage)"
                        + " do update set students = excluded.students, teachers = excluded.teachers,"
                        + " qualified_teachers = excluded.qualified_teachers, backbone_teachers = excluded.backbone_teachers,"
                        + " pe_arts_teachers = excluded.pe_arts_teachers, mid_titled_teachers = excluded.mid_titled_teachers,"
                        + " multimedia_classrooms = excluded.multimedia_classrooms, computers = excluded.computers,"
                        + " books = excluded.books, floor_space = excluded.floor_space, sports_space = excluded.sports_space,"
                        + " equipment_value = excluded.equipment_value, effective_date = excluded.effective_date,"
                        + " version = excluded.version, county_code = excluded.county_code")
                .execute(Tuple.from(new Object[]{e.schoolCode(), e.schoolYear(), e.stage().name(), e.students(),
                        e.teachers(), e.qualifiedTeachers(), e.backboneTeachers(), e.peArtsTeachers(),
                        e.midTitledTeachers(), e.multimediaClassrooms(), e.computers(), e.books(), e.floorSpace(),
                        e.sportsSpace(), e.equipmentValue(), e.effectiveDate(), version, e.countyCode()}))
                .replaceWithVoid();
    }

    public Uni<Optional<Registered>> find(String schoolCode, int schoolYear, SchoolStage stage) {
        return pool.preparedQuery("select " + COLUMNS + " from school_statistics where school_code = $1"
                        + " and school_year = $2 and stage = $3")
                .execute(Tuple.of(schoolCode, schoolYear, stage.name()))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(registered(rows.iterator().next())));
    }

    /** Every school's statistics of a county for a school year and stage, by school code. */
    public Uni<List<Registered>> inCounty(String countyCode, int schoolYear, SchoolStage stage) {
        return pool.preparedQuery("select " + COLUMNS + " from school_statistics where county_code = $1"
                        + " and school_year = $2 and stage = $3 order by school_code")
                .execute(Tuple.of(countyCode, schoolYear, stage.name()))
                .map(rows -> {
                    List<Registered> all = new ArrayList<>();
                    rows.forEach(row -> all.add(registered(row)));
                    return all;
                });
    }

    private static Registered registered(Row row) {
        SchoolStatistics statistics = new SchoolStatistics(row.getString(0), row.getInteger(1),
                SchoolStage.valueOf(row.getString(2)), row.getInteger(3), row.getInteger(4), row.getInteger(5),
                row.getInteger(6), row.getInteger(7), row.getInteger(8), row.getInteger(9), row.getInteger(10),
                row.getInteger(11), row.getDouble(12), row.getDouble(13), row.getDouble(14));
        return new Registered(statistics, row.getString(17), row.getLocalDate(15), row.getInteger(16));
    }
}
