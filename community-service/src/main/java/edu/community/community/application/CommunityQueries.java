package edu.community.community.application;

import edu.community.community.domain.Community;
import edu.community.community.domain.CommunityId;
import edu.community.community.projection.CommunityRegister;
import edu.community.community.projection.SchoolRegister;
import edu.community.eventsourcing.security.Caller;
import edu.community.eventsourcing.security.Division;
import edu.community.eventsourcing.security.OutsideDivision;
import edu.community.eventsourcing.store.EventCodec;
import edu.community.eventsourcing.store.EventStore;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reads communities: one from its stream (now or as of a date), many from the registers. */
@ApplicationScoped
public class CommunityQueries {

    private final EventStore store;
    private final EventCodec codec;
    private final SchoolRegister schools;
    private final CommunityRegister register;

    public CommunityQueries(EventStore store, EventCodec codec, SchoolRegister schools, CommunityRegister register) {
        this.store = store;
        this.codec = codec;
        this.schools = schools;
        this.register = register;
    }

    /** A community with its stream version. */
    public record Found(Community community, int version) {
    }

    /**
     * The community as it stands, or as it stood on {@code asOf} (counting only events effective by then,
     * including ones recorded later), if the caller may read one of its schools.
     */
    public Uni<Optional<Found>> get(CommunityId id, Optional<LocalDate> asOf, Caller caller) {
        return store.read(id.streamId().value()).flatMap(stored -> {
            List<Record> events = stored.stream().map(codec::decode).toList();
            Community community = asOf.map(date -> Community.asOf(events, date))
                    .orElseGet(() -> Community.asOf(events, LocalDate.MAX));
            if (community.status() == Community.Status.NOT_FORMED) {
                return Uni.createFrom().item(Optional.<Found>empty());
            }
            return schools.find(community.schools()).map(known -> {
                List<Division> counties = community.schools().stream()
                        .flatMap(code -> Optional.ofNullable(known.get(code)).stream())
                        .map(school -> new Division(school.countyCode())).toList();
                if (counties.stream().noneMatch(caller::mayRead)) {
                    throw new OutsideDivision(caller, counties.get(0));
                }
                return Optional.of(new Found(community, stored.size()));
            });
        });
    }

    /** Every stretch of time the school belonged to a community, oldest first. */
    public Uni<List<CommunityRegister.Membership>> memberships(String schoolCode, Caller caller) {
        return schools.find(List.of(schoolCode)).flatMap(known -> {
            Optional.ofNullable(known.get(schoolCode))
                    .ifPresent(school -> caller.requireReadAccess(new Division(school.countyCode())));
            return register.memberships(schoolCode);
        });
    }

    /** Communities with a school in the division at any time, optionally only those in a status. */
    public Uni<List<CommunityRegister.Listed>> inDivision(Division division, Optional<Community.Status> status,
                                                        Caller caller) {
        caller.requireReadAccess(division);
        return register.inDivision(division, status);
    }

    /** Coverage of a division on a date, each school counted once per measure (docs/domain.md rule 9). */
    public Uni<CommunityRegister.Coverage> coverage(Division division, LocalDate date, Caller caller) {
        caller.requireReadAccess(division);
        return register.coverage(division, date);
    }
}
