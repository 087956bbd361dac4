package edu.community.staffing.application;

import edu.community.eventsourcing.security.Caller;
import edu.community.eventsourcing.security.Division;
import edu.community.eventsourcing.store.EventStore;
import edu.community.eventsourcing.store.Loaded;
import edu.community.staffing.domain.Staff;
import edu.community.staffing.domain.StaffId;
import edu.community.staffing.projection.PersonalData;
import edu.community.staffing.projection.PersonalDataRegister;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Reads one member of staff from its stream, with the personal data from its register: a person whose stream
 * does not exist is not found, whatever the register holds. The caller reads a person when it may read the
 * county of the person's school now.
 */
@ApplicationScoped
public class StaffQueries {

    /** A person as read: the folded stream and the personal data (null when the register holds none). */
    public record Found(Loaded<Staff> staff, PersonalData personal) {
    }

    private final EventStore store;
    private final Pool pool;
    private final PersonalDataRegister personal;

    public StaffQueries(EventStore store, Pool pool, PersonalDataRegister personal) {
        this.store = store;
        this.pool = pool;
        this.personal = personal;
    }

    public Uni<Optional<Found>> get(StaffId id, Caller caller) {
        return visible(id, caller).flatMap(loaded -> loaded.isEmpty()
                ? Uni.createFrom().item(Optional.<Found>empty())
                : personal.of(id.value()).map(data -> Optional.of(new Found(loaded.get(), data.orElse(null)))));
    }

    /** The person's stream, when it exists and the caller may read the county of the person's school. */
    public Uni<Optional<Loaded<Staff>>> visible(StaffId id, Caller caller) {
        return store.load(id.streamId().value(), Staff.NONE, Staff::apply).flatMap(loaded -> {
            if (!loaded.exists()) {
                return Uni.createFrom().item(Optional.empty());
            }
            return pool.preparedQuery("select county_code from community_school where school_code = $1")
                    .execute(Tuple.of(loaded.state().currentSchool()))
                    .map(rows -> {
                        rows.forEach(row -> caller.requireReadAccess(new Division(row.getString("county_code"))));
                        return Optional.of(loaded);
                    });
        });
    }
}
