package edu.community.staffing.application;

import edu.community.eventsourcing.api.CommandRequest;
import edu.community.eventsourcing.command.CommandPipeline;
import edu.community.eventsourcing.command.Decision;
import edu.community.eventsourcing.command.Written;
import edu.community.eventsourcing.domain.RuleViolation;
import edu.community.eventsourcing.security.Caller;
import edu.community.eventsourcing.security.Division;
import edu.community.eventsourcing.store.EventStore;
import edu.community.staffing.domain.ResidentId;
import edu.community.staffing.domain.Staff;
import edu.community.staffing.domain.StaffCommands;
import edu.community.staffing.domain.StaffId;
import edu.community.staffing.projection.PersonalDataRegister;
import edu.community.staffing.projection.StaffRegister;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Handles commands on staff. The division rule applies to every school a command touches (the person's school
 * and, for a transfer, the new one), the school rule to the person's school. Registration writes the personal
 * data first (its own register, no read shows it yet) and then the event; see the module README.
 */
@ApplicationScoped
public class StaffCommandHandler {

    private final CommandPipeline pipeline;
    private final ReadModelSchools schools;
    private final StaffRegister register;
    private final PersonalDataRegister personal;
    private final EventStore store;
    private final Pool pool;

    public StaffCommandHandler(CommandPipeline pipeline, ReadModelSchools schools, StaffRegister register,
                               PersonalDataRegister personal, EventStore store, Pool pool) {
        this.pipeline = pipeline;
        this.schools = schools;
        this.register = register;
        this.personal = personal;
        this.store = store;
        this.pool = pool;
    }

    /**
     * Registers a person: the request is checked (resident ID, school, division) before anything is written; the
     * personal data is reserved under the resident ID number, which gives the staff id (a retry finds the same
     * one); then the event is appended. When no event results, a row this call recorded is taken back.
     */
    public Uni<Written<Staff>> register(StaffCommands.Register command, PersonalDataRegister.Details details,
                                        CommandRequest request) {
        ResidentId.of(details.residentId(), details.birthDate());
        return authorize(pool, request.caller(), command.school(), Set.of(command.school()))
                .flatMap(county -> personal.reserve(details))
                .flatMap(reservation -> {
                    StaffId id = new StaffId(reservation.staffId());
                    StaffCommands.Register withId = new StaffCommands.Register(id, command.role(), command.school(),
                            command.appointedOn(), command.title(), command.backbone(), command.subjects());
                    return run(id, request, true, staff -> command.school(), staff -> Set.of(command.school()),
                            staff -> staff.decide(withId))
                            .onFailure().call(failure -> reservation.created()
                                    ? store.currentVersion(id.streamId().value()).flatMap(version -> version == 0
                                            ? personal.release(reservation.staffId()) : Uni.createFrom().voidItem())
                                    : Uni.createFrom().voidItem());
                });
    }

    /**
     * 删除个人信息 — erases the personal data of a person the caller may write; false when no such person exists.
     * The events and every figure stay as they are.
     */
    public Uni<Boolean> erase(StaffId id, Caller caller) {
        return store.load(id.streamId().value(), Staff.NONE, Staff::apply).flatMap(loaded -> {
            if (!loaded.exists()) {
                return Uni.createFrom().item(false);
            }
            String school = loaded.state().currentSchool();
            return authorize(pool, caller, school, Set.of(school))
                    .flatMap(county -> personal.erase(id.value())).replaceWith(true);
        });
    }

    public Uni<Written<Staff>> handle(StaffCommands.Transfer command, CommandRequest request) {
        return run(command.id(), request, false, Staff::currentSchool,
                staff -> schoolsOf(staff, command.toSchool()), staff -> staff.decide(command));
    }

    public Uni<Written<Staff>> handle(StaffCommands.ChangeRole command, CommandRequest request) {
        return run(command.id(), request, false, Staff::currentSchool, staff -> schoolsOf(staff, null),
                staff -> staff.decide(command));
    }

    public Uni<Written<Staff>> handle(StaffCommands.ChangeTitle command, CommandRequest request) {
        return run(command.id(), request, false, Staff::currentSchool, staff -> schoolsOf(staff, null),
                staff -> staff.decide(command));
    }

    public Uni<Written<Staff>> handle(StaffCommands.ChangeBackbone command, CommandRequest request) {
        return run(command.id(), request, false, Staff::currentSchool, staff -> schoolsOf(staff, null),
                staff -> staff.decide(command));
    }

    public Uni<Written<Staff>> handle(StaffCommands.Leave command, CommandRequest request) {
        return run(command.id(), request, false, Staff::currentSchool, staff -> schoolsOf(staff, null),
                staff -> staff.decide(command));
    }

    /**
     * @param registers whether the command registers the person (any other on someone unknown is refused by its rule)
     * @param home    the school whose officer may write (the person's school now, or of the registration)
     * @param touched every school the command touches
     */
    private Uni<Written<Staff>> run(StaffId id, CommandRequest request, boolean registers, Function<Staff, String> home,
                                    Function<Staff, Set<String>> touched,
                                    Function<Staff, List<? extends Record>> rule) {
        return pipeline.run(Staff.stream(id), request, (tx, loaded) -> {
            Staff staff = loaded.state();
            if (!staff.exists() && !registers) {
                return Uni.createFrom().item(Decision.of(null, rule.apply(staff)));
            }
            return authorize(tx, request.caller(), home.apply(staff), touched.apply(staff))
                    .map(county -> Decision.of(county, rule.apply(staff)));
        }, (tx, written) -> register.record(tx, written.state(), written.version()));
    }

    /** The person's school now and the other school a command names. */
    private static Set<String> schoolsOf(Staff staff, String other) {
        Set<String> all = new LinkedHashSet<>();
        if (staff.exists()) {
            all.add(staff.currentSchool());
        }
        if (other != null) {
            all.add(other);
        }
        return all;
    }

    /** Every school touched must be known; the caller's division must cover each; answers the home county. */
    private Uni<String> authorize(SqlClient client, Caller caller, String home, Set<String> touched) {
        return schools.about(client, touched).map(facts -> {
            for (String school : touched) {
                if (facts.countyOf(school).isEmpty()) {
                    throw RuleViolation.of("staff.school-unknown", "no school " + school + " is registered",
                            Map.of("school", school));
                }
            }
            caller.requireSchoolAccess(home);
            caller.requireWriteAccess(touched.stream().map(school -> new Division(facts.countyOf(school).orElseThrow()))
                    .distinct().toList());
            return facts.countyOf(home).orElseThrow();
        });
    }
}
