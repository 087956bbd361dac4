package edu.community.community.projection;

import edu.community.community.domain.School;
import edu.community.community.domain.SchoolDetails;
import edu.community.contracts.community.PublicCompulsorySchools;
import edu.community.contracts.community.SchoolClassification;
import edu.community.contracts.community.SchoolLevel;
import edu.community.contracts.community.SchoolOwnership;
import edu.community.eventsourcing.security.Division;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 学校名录 — the register of schools as their streams leave them, kept in the transaction of each append
 * ({@code school_register}), for lists and searches by division, classification, level and status.
 */
@ApplicationScoped
public class SchoolRegister {

    private final Pool pool;

    public SchoolRegister(Pool pool) {
        this.pool = pool;
    }

    /** One school of the register with its stream version. */
    public record Entry(School school, int version) {
    }

    /** What a search asks for; null fields do not filter. {@code after} is the last school code of the previous page. */
    public record Search(Division division, SchoolClassification classification, SchoolLevel level,
                         School.Status status, String after, int limit) {
    }

    /** Writes a school's state after an append, in the append's transaction. */
    public Uni<Void> record(SqlConnection tx, School school, int version) {
        SchoolDetails d = school.details();
        Division county = new Division(school.countyCode());
        return tx.preparedQuery("insert into school_register (school_code, county_code, city_code, province_code, name,"
                        + " classification, level, ownership, legal_entity, enrolment, special_education, vocational, teaching_point,"
                        + " status, registered_on, closed_on, version, public_compulsory)"
                        + " values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)"
                        + " on conflict (school_code) do update set name = excluded.name,"
                        + " classification = excluded.classification, level = excluded.level, ownership = excluded.ownership,"
                        + " legal_entity = excluded.legal_entity, enrolment = excluded.enrolment,"
                        + " special_education = excluded.special_education, vocational = excluded.vocational,"
                        + " teaching_point = excluded.teaching_point, status = excluded.status,"
                        + " public_compulsory = excluded.public_compulsory,"
                        + " closed_on = excluded.closed_on, version = excluded.version")
                .execute(Tuple.tuple()
                        .addString(school.code()).addString(county.code()).addString(county.city().code())
                        .addString(county.province().code()).addString(d.name()).addString(d.classification().name())
                        .addString(d.level().name()).addString(d.ownership().name()).addString(d.legalEntity()).addInteger(d.enrolment())
                        .addBoolean(d.specialEducation()).addBoolean(d.vocational()).addBoolean(d.teachingPoint())
                        .addString(school.status().name()).addLocalDate(school.registeredOn())
                        .addLocalDate(school.closedOn()).addInteger(version)
                        .addBoolean(PublicCompulsorySchools.includes(d.level(), d.ownership(), d.specialEducation(),
                                d.vocational())))
                .replaceWithVoid();
    }

    /** A page of schools in school-code order. */
    public Uni<List<Entry>> search(Search search) {
        List<String> where = new ArrayList<>();
        Tuple parameters = Tuple.tuple();
        if (search.division() != null) {
            Division division = search.division();
            String column = division.isProvince() ? "province_code" : division.isCity() ? "city_code" : "county_code";
            parameters.addString(division.code());
            where.add(column + " = $" + parameters.size());
        }
        if (search.classification() != null) {
            parameters.addString(search.classification().name());
            where.add("classification = $" + parameters.size());
        }
        if (search.level() != null) {
            parameters.addString(search.level().name());
            where.add("level = $" + parameters.size());
        }
        if (search.status() != null) {
            parameters.addString(search.status().name());
            where.add("status = $" + parameters.size());
        }
        if (search.after() != null) {
            parameters.addString(search.after());
            where.add("school_code > $" + parameters.size());
        }
        parameters.addInteger(search.limit());
        String sql = "select * from school_register" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by school_code limit $" + parameters.size();
        return pool.preparedQuery(sql).execute(parameters).map(rows -> {
            List<Entry> entries = new ArrayList<>(rows.size());
            rows.forEach(row -> entries.add(toEntry(row)));
            return entries;
        });
    }

    /** The schools of the register among {@code codes}, by code, as they stand now. */
    public Uni<Map<String, School>> find(List<String> codes) {
        return pool.withConnection(connection -> select(connection, codes, ""));
    }

    /**
     * The schools of the register among {@code codes}, by code, read in a command's transaction and locked
     * against change until it commits: {@code FOR SHARE} for a rule that needs them to stay as they are (a
     * school that joins a community must stay open), {@code FOR UPDATE} for a command that changes one.
     */
    public Uni<Map<String, School>> lock(SqlConnection tx, List<String> codes, Lock lock) {
        return select(tx, codes, " " + lock.sql);
    }

    private static Uni<Map<String, School>> select(SqlConnection connection, List<String> codes, String lock) {
        return connection.preparedQuery("select * from school_register where school_code = any($1)"
                        + " order by school_code" + lock)
                .execute(Tuple.of(codes.toArray(String[]::new)))
                .map(rows -> {
                    Map<String, School> found = new HashMap<>();
                    rows.forEach(row -> found.put(row.getString("school_code"), toEntry(row).school()));
                    return found;
                });
    }

    /** How a command locks the register rows it reads. */
    public enum Lock {
        SHARE("for share"),
        UPDATE("for update");

        private final String sql;

        Lock(String sql) {
            this.sql = sql;
        }
    }

    private static Entry toEntry(Row row) {
        SchoolDetails details = new SchoolDetails(row.getString("name"),
                SchoolClassification.valueOf(row.getString("classification")),
                SchoolLevel.valueOf(row.getString("level")), SchoolOwnership.valueOf(row.getString("ownership")),
                row.getString("legal_entity"), row.getInteger("enrolment"),
                row.getBoolean("special_education"), row.getBoolean("vocational"), row.getBoolean("teaching_point"));
        School school = new School(School.Status.valueOf(row.getString("status")), row.getString("school_code"),
                row.getString("county_code"), details, row.getLocalDate("registered_on"), row.getLocalDate("closed_on"));
        return new Entry(school, row.getInteger("version"));
    }
}
