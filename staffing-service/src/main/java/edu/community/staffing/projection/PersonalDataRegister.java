package edu.community.staffing.projection;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * 个人信息登记 — the personal-data register (Hibernate Reactive with Panache). A registration first reserves the
 * person's row here, keyed by the resident ID number, and only then writes the event; reads show a row only
 * for a person whose stream exists (see the module README, "Personal data").
 */
@ApplicationScoped
public class PersonalDataRegister implements PanacheRepositoryBase<PersonalData, UUID> {

    private final Vertx vertx;

    public PersonalDataRegister(Vertx vertx) {
        this.vertx = vertx;
    }

    /** The personal data of a registration, validated. */
    public record Details(String name, String residentId, PersonalData.Gender gender, LocalDate birthDate,
                          String contact) {
    }

    /**
     * The staff id of the person: the one already reserved for the resident ID number, or a new one with the
     * details recorded.
     *
     * @param created whether this call recorded the row (and so may take it back when the registration fails)
     */
    public record Reservation(UUID staffId, boolean created) {
    }

    /**
     * Reserves (or finds) the person's row in its own transaction. Of two registrations of one person at once, the
     * one that loses the unique resident ID tries again and finds the other's row.
     */
    public Uni<Reservation> reserve(Details details) {
        return own(() -> reserveOnce(details)).onFailure().retry().atMost(1);
    }

    private Uni<Reservation> reserveOnce(Details details) {
        return Panache.withTransaction(() -> find("residentId", details.residentId()).firstResult()
                .flatMap(found -> {
                    if (found != null) {
                        return Uni.createFrom().item(new Reservation(found.staffId, false));
                    }
                    PersonalData row = new PersonalData();
                    row.staffId = UUID.randomUUID();
                    row.name = details.name();
                    row.residentId = details.residentId();
                    row.gender = details.gender();
                    row.birthDate = details.birthDate();
                    row.contact = details.contact();
                    row.recordedAt = Instant.now();
                    return persist(row).map(saved -> new Reservation(saved.staffId, true));
                }));
    }

    /** Takes back a row whose registration wrote no event. */
    public Uni<Void> release(UUID staffId) {
        return own(() -> Panache.withTransaction(() -> deleteById(staffId))).replaceWithVoid();
    }

    /**
     * Deletes the reservations that no registration adopted: rows recorded before {@code before} whose person has
     * no staff row (the event was never written: a crash between reserving and appending, never retried).
     *
     * @return how many rows were deleted
     */
    public Uni<Integer> releaseAbandoned(Instant before) {
        return own(() -> Panache.withTransaction(() -> getSession().flatMap(session -> session.createNativeQuery(
                        "delete from personal_data p where p.recorded_at < :before"
                                + " and not exists (select 1 from staff s where s.staff_id = p.staff_id)")
                .setParameter("before", before).executeUpdate())));
    }

    public Uni<Optional<PersonalData>> of(UUID staffId) {
        return own(() -> Panache.withSession(() -> findById(staffId))).map(Optional::ofNullable);
    }

    /** 删除个人信息 — empties every personal field of the row; erasing again changes nothing. */
    public Uni<Void> erase(UUID staffId) {
        return own(() -> Panache.withTransaction(() -> findById(staffId).flatMap(row -> {
            if (row == null || row.erased()) {
                return Uni.createFrom().voidItem();
            }
            row.name = null;
            row.residentId = null;
            row.gender = null;
            row.birthDate = null;
            row.contact = null;
            row.erasedAt = Instant.now();
            return Uni.createFrom().voidItem();
        })));
    }

    /**
     * Runs Hibernate Reactive work on a Vert.x context of its own (a new duplicated context, marked safe), wherever
     * the caller runs: a bulk import calls from worker threads and several rows at once, and a Hibernate Reactive
     * session belongs to one context and is never shared.
     */
    private <T> Uni<T> own(Supplier<Uni<T>> work) {
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        return Uni.createFrom().emitter(emitter -> context.runOnContext(ignored -> work.get()
                .subscribe().with(emitter::complete, emitter::fail)));
    }
}
