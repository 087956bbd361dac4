package edu.community.staffing.application;

import edu.community.eventsourcing.security.Caller;
import edu.community.eventsourcing.security.Division;
import edu.community.eventsourcing.store.EventStore;
import edu.community.eventsourcing.store.Loaded;
import edu.community.staffing.domain.Posting;
import edu.community.staffing.domain.PostingId;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Reads one posting from its stream; the caller reads it when it may read the origin school's county. */
@ApplicationScoped
public class PostingQueries {

    private final EventStore store;
    private final Pool pool;

    public PostingQueries(EventStore store, Pool pool) {
        this.store = store;
        this.pool = pool;
    }

    public Uni<Optional<Loaded<Posting>>> get(PostingId id, Caller caller) {
        return store.load(id.streamId().value(), Posting.NONE, Posting::apply).flatMap(loaded -> {
            if (!loaded.exists()) {
                return Uni.createFrom().item(Optional.empty());
            }
            return pool.preparedQuery("select county_code from community_school where school_code = $1")
                    .execute(Tuple.of(loaded.state().origin()))
                    .map(rows -> {
                        rows.forEach(row -> caller.requireReadAccess(new Division(row.getString("county_code"))));
                        return Optional.of(loaded);
                    });
        });
    }
}
