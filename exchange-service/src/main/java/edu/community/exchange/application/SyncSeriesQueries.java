package edu.community.exchange.application;

import edu.community.eventsourcing.security.Caller;
import edu.community.eventsourcing.security.Division;
import edu.community.eventsourcing.store.EventStore;
import edu.community.eventsourcing.store.Loaded;
import edu.community.exchange.domain.SyncSeries;
import edu.community.exchange.domain.SyncSeriesId;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Reads one series from its stream; the caller reads it when it may read the teaching school's county. */
@ApplicationScoped
public class SyncSeriesQueries {

    private final EventStore store;
    private final Pool pool;

    public SyncSeriesQueries(EventStore store, Pool pool) {
        this.store = store;
        this.pool = pool;
    }

    public Uni<Optional<Loaded<SyncSeries>>> get(SyncSeriesId id, Caller caller) {
        return store.load(id.streamId().value(), SyncSeries.NONE, SyncSeries::apply).flatMap(loaded -> {
            if (!loaded.exists()) {
                return Uni.createFrom().item(Optional.empty());
            }
            return pool.preparedQuery("select county_code from community_school where school_code = $1")
                    .execute(Tuple.of(loaded.state().teachingSchool()))
                    .map(rows -> {
                        rows.forEach(row -> caller.requireReadAccess(new Division(row.getString("county_code"))));
                        return Optional.of(loaded);
                    });
        });
    }
}
