package edu.community.staffing.application;

import edu.community.contracts.staffing.careers.Appointment;
import edu.community.contracts.staffing.careers.RotationEligibility;
import edu.community.contracts.staffing.careers.RotationPolicy;
import edu.community.contracts.staffing.careers.RotationRatio;
import edu.community.contracts.staffing.careers.RuralServiceLedger;
import edu.community.contracts.staffing.careers.RuralServicePolicy;
import edu.community.eventsourcing.security.Caller;
import edu.community.eventsourcing.security.Division;
import edu.community.staffing.domain.Career;
import edu.community.staffing.domain.Posting;
import edu.community.staffing.projection.StaffRegister;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Rules 4–6 as of a date, computed by the domain over the careers of the staff register and the dated school facts
 * of the read model. A person's figures are read by whoever may read the county of the person's school on the
 * date (or now); a school's and a county's by whoever may read the county.
 */
@ApplicationScoped
public class FigureQueries {

    /** A person's rotation eligibility (rule 4) and rural-service ledger (rule 6) on a date. */
    public record PersonFigures(String staffId, LocalDate asOf, RotationEligibility eligibility,
                                RuralServiceLedger ruralService) {
    }

    /** The eligibility of each person appointed at a school on a date. */
    public record SchoolFigures(String schoolCode, LocalDate asOf, int staff, int eligible,
                                List<PersonEligibility> people) {
    }

    /** One person's answer in a school's list. */
    public record PersonEligibility(String staffId, RotationEligibility.Outcome outcome, String rule,
                                    LocalDate countedFrom, LocalDate eligibleFrom) {
    }

    private final Pool pool;
    private final StaffRegister register;
    private final ReadModelSchools schools;
    private final RotationPolicy rotation;
    private final RuralServicePolicy rural;

    public FigureQueries(Pool pool, StaffRegister register, ReadModelSchools schools, RotationPolicy rotation,
                         RuralServicePolicy rural) {
        this.pool = pool;
        this.register = register;
        this.schools = schools;
        this.rotation = rotation;
        this.rural = rural;
    }

    public Uni<Optional<PersonFigures>> person(UUID staffId, LocalDate asOf, Caller caller) {
        return register.career(pool, staffId).flatMap(found -> {
            if (found.isEmpty()) {
                return Uni.createFrom().item(Optional.empty());
            }
            Career career = found.get();
            return schools.about(pool, schoolsOf(List.of(career))).map(facts -> {
                String school = career.appointmentOn(asOf).map(Appointment::school)
                        .orElse(career.staff().currentSchool());
                facts.countyOf(school).ifPresent(county -> caller.requireReadAccess(new Division(county)));
                RuralServiceLedger.WeakSchools weak = (code, day) -> facts.communitiesOn(code, day).stream()
                        .anyMatch(membership -> !membership.core());
                return Optional.of(new PersonFigures(staffId.toString(), asOf,
                        RotationEligibility.of(career.history(), rotation, asOf),
                        RuralServiceLedger.of(career.history(), facts, weak, rural, asOf)));
            });
        });
    }

    public Uni<Optional<SchoolFigures>> school(String schoolCode, LocalDate asOf, Caller caller) {
        return pool.preparedQuery("select county_code from community_school where school_code = $1")
                .execute(Tuple.of(schoolCode)).flatMap(rows -> {
                    if (!rows.iterator().hasNext()) {
                        return Uni.createFrom().item(Optional.empty());
                    }
                    caller.requireReadAccess(new Division(rows.iterator().next().getString("county_code")));
                    return register.staffOf(pool, List.of(schoolCode))
                            .flatMap(ids -> register.careersOffEventLoop(pool, ids))
                            .map(careers -> Optional.of(schoolFigures(schoolCode, asOf, careers.values())));
                });
    }

    public Uni<RotationRatio> county(String countyCode, LocalDate asOf, Caller caller) {
        caller.requireReadAccess(new Division(countyCode));
        return pool.preparedQuery("select school_code from community_school where county_code = $1")
                .execute(Tuple.of(countyCode)).flatMap(rows -> {
                    List<String> codes = new ArrayList<>();
                    rows.forEach(row -> codes.add(row.getString("school_code")));
                    return register.staffOf(pool, codes);
                })
                .flatMap(ids -> register.careersOffEventLoop(pool, ids))
                .flatMap(careers -> schools.about(pool, schoolsOf(careers.values()))
                        .emitOn(Infrastructure.getDefaultWorkerPool())
                        .map(facts -> RotationRatio.of(countyCode, asOf,
                                careers.values().stream().map(Career::history).toList(), facts, rotation)));
    }

    private SchoolFigures schoolFigures(String schoolCode, LocalDate asOf, Collection<Career> careers) {
        List<PersonEligibility> people = new ArrayList<>();
        for (Career career : careers) {
            boolean there = career.appointmentOn(asOf).map(at -> at.school().equals(schoolCode)).orElse(false);
            if (there) {
                RotationEligibility answer = RotationEligibility.of(career.history(), rotation, asOf);
                people.add(new PersonEligibility(career.staff().id(), answer.outcome(), answer.rule(),
                        answer.countedFrom(), answer.eligibleFrom()));
            }
        }
        people.sort(Comparator.comparing(PersonEligibility::staffId));
        int eligible = (int) people.stream().filter(p -> p.outcome() == RotationEligibility.Outcome.ELIGIBLE).count();
        return new SchoolFigures(schoolCode, asOf, people.size(), eligible, people);
    }

    /** Every school the careers name: appointments, origins and destinations. */
    private static Set<String> schoolsOf(Collection<Career> careers) {
        Set<String> codes = new LinkedHashSet<>();
        for (Career career : careers) {
            career.appointments().forEach(at -> codes.add(at.school()));
            for (Posting posting : career.postings()) {
                codes.add(posting.origin());
                codes.add(posting.destination());
            }
        }
        return codes;
    }
}
