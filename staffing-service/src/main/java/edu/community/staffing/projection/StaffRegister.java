package edu.community.staffing.projection;

import edu.community.staffing.domain.Career;
import edu.community.staffing.domain.Mentorship;
import edu.community.staffing.domain.Posting;
import edu.community.staffing.domain.Staff;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * 教职工登记 — every member of staff and every posting and mentor pair as they stand now, kept in the append's transaction, and
 * every school a person was appointed at; careers (a person with the postings) are read from it.
 */
@ApplicationScoped
public class StaffRegister {

    public Uni<Void> record(SqlConnection tx, Staff staff, int version) {
        List<Tuple> schools = staff.appointments().stream()
                .map(at -> Tuple.of(UUID.fromString(staff.id()), at.school())).toList();
        return tx.preparedQuery("""
                        insert into staff (staff_id, school_code, left_on, version, state) values ($1, $2, $3, $4, $5)
                        on conflict (staff_id) do update set school_code = excluded.school_code,
                            left_on = excluded.left_on, version = excluded.version, state = excluded.state""")
                .execute(Tuple.of(UUID.fromString(staff.id()), staff.currentSchool(), staff.leftOn(), version,
                        States.write(staff)))
                .flatMap(done -> schools(tx, schools));
    }

    public Uni<Void> record(SqlConnection tx, Posting posting, int version) {
        return tx.preparedQuery("""
                        insert into posting (posting_id, staff_id, status, origin_school, destination_school, version,
                                             state)
                        values ($1, $2, $3, $4, $5, $6, $7)
                        on conflict (posting_id) do update set status = excluded.status, version = excluded.version,
                            state = excluded.state""")
                .execute(Tuple.from(new Object[]{UUID.fromString(posting.id()), UUID.fromString(posting.staffId()),
                        posting.status().name(), posting.origin(), posting.destination(), version,
                        States.write(posting)}))
                .flatMap(done -> posting.recordedAsTransfer()
                        ? schools(tx, List.of(Tuple.of(UUID.fromString(posting.staffId()), posting.destination())))
                        : Uni.createFrom().voidItem());
    }

    public Uni<Void> record(SqlConnection tx, Mentorship mentorship, int version) {
        return tx.preparedQuery("""
                        insert into mentorship (mentorship_id, mentor_id, apprentice_id, version, state)
                        values ($1, $2, $3, $4, $5)
                        on conflict (mentorship_id) do update set version = excluded.version, state = excluded.state""")
                .execute(Tuple.of(UUID.fromString(mentorship.id()), UUID.fromString(mentorship.mentorId()),
                        UUID.fromString(mentorship.apprenticeId()), version, States.write(mentorship)))
                .replaceWithVoid();
    }

    /** Locks a person's row, so that the commands deciding on the person's postings take turns. */
    public Uni<Void> lock(SqlConnection tx, UUID staffId) {
        return tx.preparedQuery("select 1 from staff where staff_id = $1 for update").execute(Tuple.of(staffId))
                .replaceWithVoid();
    }

    /** The careers of some people (a command's few): each with every posting of the person. */
    public Uni<Map<UUID, Career>> careers(SqlClient client, Collection<UUID> staffIds) {
        return rows(client, staffIds).map(StaffRegister::careersOf);
    }

    /**
     * The careers of many people (a school's or a county's, thousands of rows): the states are decoded on a worker
     * thread, not the event loop; what follows runs there too.
     */
    public Uni<Map<UUID, Career>> careersOffEventLoop(Pool pool, Collection<UUID> staffIds) {
        return rows(pool, staffIds).emitOn(Infrastructure.getDefaultWorkerPool()).map(StaffRegister::careersOf);
    }

    private record CareerRows(RowSet<Row> staff, RowSet<Row> postings) {
    }

    private static Uni<CareerRows> rows(SqlClient client, Collection<UUID> staffIds) {
        UUID[] ids = staffIds.stream().distinct().toArray(UUID[]::new);
        return client.preparedQuery("select staff_id, state from staff where staff_id = any($1)").execute(Tuple.of(ids))
                .flatMap(staff -> client.preparedQuery("select staff_id, state from posting where staff_id = any($1)")
                        .execute(Tuple.of(ids)).map(postings -> new CareerRows(staff, postings)));
    }

    private static Map<UUID, Career> careersOf(CareerRows rows) {
        Map<UUID, List<Posting>> byPerson = new HashMap<>();
        for (Row row : rows.postings()) {
            byPerson.computeIfAbsent(row.getUUID("staff_id"), k -> new ArrayList<>())
                    .add(States.read(row.getValue("state"), Posting.class));
        }
        Map<UUID, Career> careers = new HashMap<>();
        for (Row row : rows.staff()) {
            UUID id = row.getUUID("staff_id");
            careers.put(id, new Career(States.read(row.getValue("state"), Staff.class), byPerson.getOrDefault(id, List.of())));
        }
        return careers;
    }

    public Uni<Optional<Career>> career(SqlClient client, UUID staffId) {
        return careers(client, List.of(staffId)).map(found -> Optional.ofNullable(found.get(staffId)));
    }

    /** Everyone ever appointed at one of the schools. */
    public Uni<List<UUID>> staffOf(SqlClient client, Collection<String> schools) {
        return client.preparedQuery("select distinct staff_id from staff_school where school_code = any($1)")
                .execute(Tuple.of(schools.toArray(String[]::new)))
                .map(rows -> {
                    List<UUID> ids = new ArrayList<>();
                    rows.forEach(row -> ids.add(row.getUUID("staff_id")));
                    return ids;
                });
    }

    private static Uni<Void> schools(SqlConnection tx, List<Tuple> rows) {
        return tx.preparedQuery("insert into staff_school (staff_id, school_code) values ($1, $2) on conflict do nothing")
                .executeBatch(rows).replaceWithVoid();
    }

}
