package edu.community.community.projection;

import edu.community.community.domain.Community;
import edu.community.community.domain.CommunityId;
import edu.community.contracts.community.CommunityDissolved;
import edu.community.contracts.community.CommunityFormed;
import edu.community.contracts.community.CommunityModel;
import edu.community.contracts.community.CommunityModelChanged;
import edu.community.contracts.community.CoreSchoolChanged;
import edu.community.contracts.community.MemberJoined;
import edu.community.contracts.community.MemberLeft;
import edu.community.eventsourcing.security.Division;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * 教共体名录 — communities and the stretches of time each school belongs to them, kept in the transaction
 * of each append ({@code community_register}, {@code community_membership}).
 */
@ApplicationScoped
public class CommunityRegister {

    private final Pool pool;

    public CommunityRegister(Pool pool) {
        this.pool = pool;
    }

    /** One stretch of time a school belonged to a community; {@code to} is the first day it no longer did. */
    public record Membership(String communityId, String communityName, CommunityModel model, String role,
                             LocalDate from, LocalDate to) {
    }

    /** A community in a list. */
    public record Listed(String communityId, String name, CommunityModel model, String coreSchool, String status,
                         LocalDate formedOn, LocalDate dissolvedOn, int version) {
    }

    /**
     * Coverage of a division on a date (docs/domain.md rule 9): member schools by model and in all, each school
     * once; integrated and co-construction apart from collaborative; rural members; and the public
     * compulsory schools of the division ({@code PublicCompulsorySchools}) with those an integrated or
     * co-construction community covers.
     */
    public record Coverage(String division, LocalDate date, Map<CommunityModel, Long> memberSchoolsByModel,
                           long integratedOrCoConstructionMembers, long collaborativeMembers,
                           long ruralMembers, long publicSchools, long publicSchoolsCovered) {
    }

    public Uni<List<Membership>> memberships(String schoolCode) {
        return pool.preparedQuery("select m.community_id::text, c.name, m.model, m.role, m.from_date, m.to_date"
                        + " from community_membership m join community_register c using (community_id)"
                        + " where m.school_code = $1 order by m.from_date, m.community_id")
                .execute(Tuple.of(schoolCode))
                .map(rows -> {
                    List<Membership> list = new ArrayList<>();
                    rows.forEach(row -> list.add(new Membership(row.getString(0), row.getString(1),
                            CommunityModel.valueOf(row.getString(2)), row.getString(3), row.getLocalDate(4),
                            row.getLocalDate(5))));
                    return list;
                });
    }

    /** The communities a school belongs to now (as core or member), read in a command's transaction. */
    public Uni<Set<String>> activeCommunitiesOf(SqlConnection tx, String schoolCode) {
        return tx.preparedQuery("select distinct community_id::text from community_membership"
                        + " where school_code = $1 and to_date is null")
                .execute(Tuple.of(schoolCode))
                .map(rows -> {
                    Set<String> communities = new HashSet<>();
                    rows.forEach(row -> communities.add(row.getString(0)));
                    return communities;
                });
    }

    /** The integrated or co-construction community each of these schools belongs to now, read in a transaction. */
    public Uni<Map<String, String>> exclusiveCommunitiesOf(SqlConnection tx, List<String> schoolCodes) {
        return tx.preparedQuery("select school_code, community_id::text from community_membership"
                        + " where exclusive and to_date is null and school_code = any($1)")
                .execute(Tuple.of(schoolCodes.toArray(String[]::new)))
                .map(rows -> {
                    Map<String, String> exclusive = new HashMap<>();
                    rows.forEach(row -> exclusive.put(row.getString(0), row.getString(1)));
                    return exclusive;
                });
    }

    public Uni<List<Listed>> inDivision(Division division, Optional<Community.Status> status) {
        return pool.preparedQuery("select c.community_id::text, c.name, c.model, c.core_school, c.status, c.formed_on,"
                        + " c.dissolved_on, c.version from community_register c where exists (select 1"
                        + " from community_membership m join school_register s using (school_code)"
                        + " where m.community_id = c.community_id and " + column(division) + " = $1)"
                        + " and ($2::text is null or c.status = $2) order by c.formed_on, c.community_id")
                .execute(Tuple.of(division.code(), status.map(Enum::name).orElse(null)))
                .map(rows -> {
                    List<Listed> list = new ArrayList<>();
                    rows.forEach(row -> list.add(new Listed(row.getString(0), row.getString(1),
                            CommunityModel.valueOf(row.getString(2)), row.getString(3), row.getString(4),
                            row.getLocalDate(5), row.getLocalDate(6), row.getInteger(7))));
                    return list;
                });
    }

    public Uni<Coverage> coverage(Division division, LocalDate date) {
        String members = "from community_membership m join school_register s using (school_code)"
                + " where m.role = 'MEMBER' and m.from_date <= $2 and (m.to_date is null or m.to_date > $2)"
                + " and " + column(division) + " = $1";
        return pool.preparedQuery("select m.model, count(distinct m.school_code) " + members + " group by m.model")
                .execute(Tuple.of(division.code(), date))
                .flatMap(byModel -> pool.preparedQuery("select"
                                + " count(distinct m.school_code) filter (where m.exclusive),"
                                + " count(distinct m.school_code) filter (where not m.exclusive),"
                                + " count(distinct m.school_code) filter (where s.classification = 'RURAL') " + members)
                        .execute(Tuple.of(division.code(), date))
                        .flatMap(totals -> pool.preparedQuery("select count(*), count(*) filter (where exists (select 1"
                                        + " from community_membership m where m.school_code = s.school_code and m.exclusive"
                                        + " and m.role = 'MEMBER' and m.from_date <= $2 and (m.to_date is null or m.to_date > $2)))"
                                        + " from school_register s where " + column(division) + " = $1"
                                        + " and s.public_compulsory and s.registered_on <= $2"
                                        + " and (s.closed_on is null or s.closed_on > $2)")
                                .execute(Tuple.of(division.code(), date))
                                .map(schools -> {
                                    Map<CommunityModel, Long> counts = new EnumMap<>(CommunityModel.class);
                                    for (CommunityModel model : CommunityModel.values()) {
                                        counts.put(model, 0L);
                                    }
                                    byModel.forEach(row -> counts.put(CommunityModel.valueOf(row.getString(0)), row.getLong(1)));
                                    var total = totals.iterator().next();
                                    var compulsory = schools.iterator().next();
                                    return new Coverage(division.code(), date, counts, total.getLong(0), total.getLong(1),
                                            total.getLong(2), compulsory.getLong(0), compulsory.getLong(1));
                                })));
    }

    private static String column(Division division) {
        return division.isProvince() ? "s.province_code" : division.isCity() ? "s.city_code" : "s.county_code";
    }

    /** Writes the community's state and membership changes after an append, in the append's transaction. */
    public Uni<Void> record(SqlConnection tx, Community after, int version, List<? extends Record> events) {
        Uni<Void> chain = tx.preparedQuery("insert into community_register (community_id, name, model, group_type,"
                        + " core_school, status, formed_on, dissolved_on, agreement_term_end, version)"
                        + " values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) on conflict (community_id) do update set"
                        + " model = excluded.model, core_school = excluded.core_school, status = excluded.status,"
                        + " dissolved_on = excluded.dissolved_on, agreement_term_end = excluded.agreement_term_end,"
                        + " version = excluded.version")
                .execute(Tuple.tuple().addUUID(after.id().value()).addString(after.name()).addString(after.model().name())
                        .addString(after.groupType() == null ? null : after.groupType().name()).addString(after.core())
                        .addString(after.status().name()).addLocalDate(after.formedOn()).addLocalDate(after.dissolvedOn())
                        .addLocalDate(after.agreement().termEnd()).addInteger(version))
                .replaceWithVoid();
        for (Record event : events) {
            chain = chain.flatMap(done -> membership(tx, after.id(), after.model(), event));
        }
        return chain;
    }

    private Uni<Void> membership(SqlConnection tx, CommunityId id, CommunityModel model, Record event) {
        if (event instanceof CommunityFormed e) {
            Uni<Void> chain = join(tx, id, e.coreSchool(), "CORE", e.model(), e.effectiveDate());
            for (String member : e.members()) {
                chain = chain.flatMap(done -> join(tx, id, member, "MEMBER", e.model(), e.effectiveDate()));
            }
            return chain;
        }
        if (event instanceof MemberJoined e) {
            return join(tx, id, e.schoolCode(), "MEMBER", model, e.effectiveDate());
        }
        if (event instanceof MemberLeft e) {
            return leave(tx, id, e.schoolCode(), e.effectiveDate());
        }
        if (event instanceof CoreSchoolChanged e) {
            return leave(tx, id, e.previousCoreSchool(), e.effectiveDate())
                    .flatMap(done -> leave(tx, id, e.coreSchool(), e.effectiveDate()))
                    .flatMap(done -> join(tx, id, e.coreSchool(), "CORE", model, e.effectiveDate()));
        }
        if (event instanceof CommunityModelChanged e) {
            return tx.preparedQuery("update community_membership set model = $2, exclusive = $3"
                            + " where community_id = $1 and to_date is null")
                    .execute(Tuple.of(id.value(), e.model().name(), e.model().isExclusive()))
                    .replaceWithVoid();
        }
        if (event instanceof CommunityDissolved e) {
            return tx.preparedQuery("update community_membership set to_date = $2 where community_id = $1 and to_date is null")
                    .execute(Tuple.of(id.value(), e.effectiveDate()))
                    .replaceWithVoid();
        }
        return Uni.createFrom().voidItem();
    }

    private static Uni<Void> join(SqlConnection tx, CommunityId id, String school, String role, CommunityModel model,
                                  LocalDate from) {
        return tx.preparedQuery("insert into community_membership (community_id, school_code, role, model, exclusive,"
                        + " from_date) values ($1, $2, $3, $4, $5, $6)")
                .execute(Tuple.of(id.value(), school, role, model.name(), model.isExclusive(), from))
                .replaceWithVoid();
    }

    private static Uni<Void> leave(SqlConnection tx, CommunityId id, String school, LocalDate to) {
        return tx.preparedQuery("update community_membership set to_date = $3"
                        + " where community_id = $1 and school_code = $2 and to_date is null")
                .execute(Tuple.of(id.value(), school, to))
                .replaceWithVoid();
    }
}
