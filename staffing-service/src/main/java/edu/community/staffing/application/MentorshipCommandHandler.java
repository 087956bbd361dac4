package edu.community.staffing.application;

import edu.community.contracts.staffing.careers.Appointment;
import edu.community.contracts.staffing.careers.SchoolFacts;
import edu.community.eventsourcing.api.CommandRequest;
import edu.community.eventsourcing.command.CommandPipeline;
import edu.community.eventsourcing.command.Decision;
import edu.community.eventsourcing.command.Written;
import edu.community.eventsourcing.security.Caller;
import edu.community.eventsourcing.security.Division;
import edu.community.staffing.domain.Career;
import edu.community.staffing.domain.Mentorship;
import edu.community.staffing.domain.MentorshipCommands;
import edu.community.staffing.domain.Staff;
import edu.community.staffing.projection.StaffRegister;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Handles mentor–apprentice pairs: the division rule applies to both people's schools on the start, the school
 * rule to the apprentice's school (the school that asks for the mentoring).
 */
@ApplicationScoped
public class MentorshipCommandHandler {

    private final CommandPipeline pipeline;
    private final ReadModelSchools schools;
    private final StaffRegister register;

    public MentorshipCommandHandler(CommandPipeline pipeline, ReadModelSchools schools, StaffRegister register) {
        this.pipeline = pipeline;
        this.schools = schools;
        this.register = register;
    }

    public Uni<Written<Mentorship>> handle(MentorshipCommands.Pair command, CommandRequest request) {
        return pipeline.run(Mentorship.stream(command.id()), request, (tx, loaded) -> register.careers(tx,
                List.of(command.mentor().value(), command.apprentice().value())).flatMap(careers -> {
                    Career mentor = careers.get(command.mentor().value());
                    Career apprentice = careers.get(command.apprentice().value());
                    Optional<String> mentorSchool = schoolOn(mentor, command);
                    Optional<String> apprenticeSchool = schoolOn(apprentice, command);
                    Set<String> touched = new LinkedHashSet<>();
                    mentorSchool.ifPresent(touched::add);
                    apprenticeSchool.ifPresent(touched::add);
                    return schools.about(tx, touched).map(facts -> {
                        apprenticeSchool.ifPresent(school -> authorize(request.caller(), school, touched, facts));
                        return Decision.of(apprenticeSchool.flatMap(facts::countyOf).orElse(null),
                                loaded.state().decide(command, orNone(mentor), orNone(apprentice), facts));
                    });
                }), (tx, written) -> register.record(tx, written.state(), written.version()));
    }

    public Uni<Written<Mentorship>> handle(MentorshipCommands.End command, CommandRequest request) {
        return pipeline.run(Mentorship.stream(command.id()), request, (tx, loaded) -> {
            Mentorship pair = loaded.state();
            if (!pair.exists()) {
                return Uni.createFrom().item(Decision.of(null, pair.decide(command)));
            }
            Set<String> touched = new LinkedHashSet<>(List.of(pair.mentorSchool(), pair.apprenticeSchool()));
            return schools.about(tx, touched).map(facts -> {
                authorize(request.caller(), pair.apprenticeSchool(), touched, facts);
                return Decision.of(facts.countyOf(pair.apprenticeSchool()).orElse(null), pair.decide(command));
            });
        }, (tx, written) -> register.record(tx, written.state(), written.version()));
    }

    private static Optional<String> schoolOn(Career career, MentorshipCommands.Pair command) {
        return career == null ? Optional.empty() : career.appointmentOn(command.from()).map(Appointment::school);
    }

    private static Career orNone(Career career) {
        return career != null ? career : new Career(Staff.NONE, List.of());
    }

    private static void authorize(Caller caller, String home, Set<String> touched, SchoolFacts facts) {
        caller.requireSchoolAccess(home);
        caller.requireWriteAccess(touched.stream().map(facts::countyOf).flatMap(Optional::stream).distinct()
                .map(Division::new).toList());
    }
}
