package edu.community.staffing.domain;

import edu.community.contracts.community.CommunityModel;
import edu.community.contracts.staffing.PostingApproved;
import edu.community.contracts.staffing.PostingCancelled;
import edu.community.contracts.staffing.PostingCompleted;
import edu.community.contracts.staffing.PostingEndedEarly;
import edu.community.contracts.staffing.PostingKind;
import edu.community.contracts.staffing.PostingProposed;
import edu.community.contracts.staffing.PostingRejected;
import edu.community.contracts.staffing.PostingStarted;
import edu.community.contracts.staffing.careers.Appointment;
import edu.community.contracts.staffing.careers.SchoolFacts;
import edu.community.contracts.staffing.careers.ServedPosting;
import edu.community.eventsourcing.command.EventStream;
import edu.community.eventsourcing.domain.RuleViolation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 教师流动 — a posting of a teacher or principal from the origin school to a destination school: rotation
 * (交流轮岗), support teaching (支教), placement training (跟岗学习) or management secondment (挂职). Proposed, then
 * approved or rejected, then started, then completed, ended early or cancelled; each step with its date, who
 * decided and why.
 *
 * @param startedOn          the first day at the destination, once started
 * @param endedOn            the last day, once completed or ended early
 * @param recordedAsTransfer a completed rotation after which the person stays at the destination (调动)
 */
public record Posting(Status status, String id, String staffId, PostingKind kind, String origin, String destination,
                      LocalDate plannedStart, LocalDate plannedEnd, LocalDate startedOn, LocalDate endedOn,
                      boolean recordedAsTransfer, List<Step> steps) {

    /** Where a posting stands. */
    public enum Status {
        NONE,
        /** 已提出 */
        PROPOSED,
        /** 已批准 */
        APPROVED,
        /** 已驳回 */
        REJECTED,
        /** 进行中 */
        STARTED,
        /** 期满 */
        COMPLETED,
        /** 提前结束 */
        ENDED_EARLY,
        /** 已取消 */
        CANCELLED
    }

    /** One step of the lifecycle: what it led to, on which date, who decided and why. */
    public record Step(Status status, LocalDate on, String decidedBy, String reason) {
    }

    public static final Posting NONE = new Posting(Status.NONE, null, null, null, null, null, null, null, null, null,
            false, List.of());

    public static EventStream<Posting> stream(PostingId id) {
        return new EventStream<>(id.streamId(), NONE, Posting::apply);
    }

    public boolean exists() {
        return status != Status.NONE;
    }

    /** Neither rejected nor cancelled: it holds its dates against the person's other postings. */
    public boolean live() {
        return exists() && status != Status.REJECTED && status != Status.CANCELLED;
    }

    /** First day it holds: the actual start once started. */
    public LocalDate from() {
        return startedOn != null ? startedOn : plannedStart;
    }

    /** Last day it holds: the actual end once ended. */
    public LocalDate to() {
        return endedOn != null ? endedOn : plannedEnd;
    }

    /** Whether the person serves at the destination on the date. */
    public boolean serves(LocalDate date) {
        return startedOn != null && !date.isBefore(startedOn) && !date.isAfter(to());
    }

    /** What rules 4–6 read of a started posting. */
    public ServedPosting served() {
        return new ServedPosting(id, kind, origin, destination, startedOn, plannedEnd, endedOn,
                status == Status.COMPLETED && recordedAsTransfer);
    }

    /**
     * Proposes a posting of the person whose career is given, with the person's other postings in it.
     * The rules, each with its code: the person is known, none of the person's postings is pending, the
     * duration lies within the bounds of its kind, the person is appointed at a school on the start (the
     * origin), the destination is another known school of a community of the origin on the start (or any
     * school when the origin belongs to a collaborative community), and the dates overlap no other posting.
     */
    public List<PostingProposed> decide(PostingCommands.Propose command, Career career, SchoolFacts schools,
                                        PostingBounds bounds) {
        if (exists()) {
            throw RuleViolation.conflict("posting.already-proposed", "posting " + id + " exists",
                    Map.of("postingId", id));
        }
        if (career == null || !career.staff().exists()) {
            throw RuleViolation.of("posting.staff-unknown", "no staff " + command.staffId() + " is registered",
                    Map.of("staffId", command.staffId().toString()));
        }
        for (Posting other : career.postings()) {
            if (other.status() == Status.PROPOSED) {
                throw RuleViolation.conflict("posting.pending-exists", "posting " + other.id()
                        + " of the same person awaits a decision", Map.of("postingId", other.id()));
            }
        }
        requireDuration(command.kind(), command.plannedStart(), command.plannedEnd(), bounds);
        String origin = career.appointmentOn(command.plannedStart()).map(Appointment::school)
                .orElseThrow(() -> RuleViolation.of("posting.not-appointed-on-start", "staff " + command.staffId()
                                + " is appointed at no school on " + command.plannedStart(),
                        Map.of("plannedStart", command.plannedStart().toString())));
        requireDestination(origin, command.destination(), command.plannedStart(), schools);
        for (Posting other : career.postings()) {
            if (other.live() && !other.from().isAfter(command.plannedEnd())
                    && !other.to().isBefore(command.plannedStart())) {
                throw RuleViolation.conflict("posting.overlap", "posting " + other.id() + " of the same person runs from "
                                + other.from() + " to " + other.to(),
                        Map.of("postingId", other.id(), "from", other.from().toString(), "to", other.to().toString()));
            }
        }
        return List.of(new PostingProposed(command.id().toString(), command.staffId().toString(), command.kind(),
                origin, command.destination(), command.plannedStart(), command.plannedEnd(), command.decidedBy(),
                command.reason(), command.on()));
    }

    public List<PostingApproved> decide(PostingCommands.Approve command) {
        requireStatus(command.id(), Status.PROPOSED, "posting.not-proposed");
        requireStepDate(command.on());
        return List.of(new PostingApproved(id, command.decidedBy(), command.reason(), command.on()));
    }

    public List<PostingRejected> decide(PostingCommands.Reject command) {
        requireStatus(command.id(), Status.PROPOSED, "posting.not-proposed");
        requireStepDate(command.on());
        return List.of(new PostingRejected(id, command.decidedBy(), command.reason(), command.on()));
    }

    /** Starts an approved posting once no other posting of the person is still running on that day. */
    public List<PostingStarted> decide(PostingCommands.Start command, Career career) {
        requireStatus(command.id(), Status.APPROVED, "posting.not-approved");
        requireStepDate(command.on());
        requireNotAhead(command.on(), command.today());
        for (Posting other : career.postings()) {
            if (!other.id().equals(id) && other.status() == Status.STARTED && !other.from().isAfter(command.on())) {
                throw RuleViolation.conflict("posting.previous-not-ended", "posting " + other.id()
                        + " of the same person started on " + other.from() + " and has not ended",
                        Map.of("postingId", other.id()));
            }
        }
        if (!command.on().isBefore(plannedEnd)) {
            throw RuleViolation.of("posting.start-after-planned-end", "posting " + id + " is planned to end on "
                    + plannedEnd, Map.of("plannedEnd", plannedEnd.toString()));
        }
        return List.of(new PostingStarted(id, command.decidedBy(), command.on()));
    }

    public List<PostingCompleted> decide(PostingCommands.Complete command) {
        requireStatus(command.id(), Status.STARTED, "posting.not-started");
        requireNotAhead(command.on(), command.today());
        if (command.on().isBefore(plannedEnd)) {
            throw RuleViolation.of("posting.completed-before-planned-end", "posting " + id + " is planned to end on "
                    + plannedEnd + "; end it early instead", Map.of("plannedEnd", plannedEnd.toString()));
        }
        if (command.recordedAsTransfer() && kind != PostingKind.ROTATION) {
            throw RuleViolation.of("posting.transfer-only-after-rotation", "only a rotation (交流轮岗) may be recorded "
                    + "as a transfer, not " + kind, Map.of("kind", kind.name()));
        }
        return List.of(new PostingCompleted(id, command.decidedBy(), command.recordedAsTransfer(), command.on()));
    }

    public List<PostingEndedEarly> decide(PostingCommands.EndEarly command) {
        requireStatus(command.id(), Status.STARTED, "posting.not-started");
        requireNotAhead(command.on(), command.today());
        if (command.on().isBefore(startedOn) || !command.on().isBefore(plannedEnd)) {
            throw RuleViolation.of("posting.early-end-out-of-range", "posting " + id + " runs from " + startedOn
                            + " to " + plannedEnd + "; an early end lies on or after its start and before its end",
                    Map.of("startedOn", startedOn.toString(), "plannedEnd", plannedEnd.toString()));
        }
        return List.of(new PostingEndedEarly(id, command.decidedBy(), command.reason(), command.on()));
    }

    public List<PostingCancelled> decide(PostingCommands.Cancel command) {
        requireExists(command.id());
        if (status != Status.PROPOSED && status != Status.APPROVED) {
            throw RuleViolation.conflict("posting.not-cancellable", "posting " + id + " is " + status
                    + "; only a proposed or approved posting can be cancelled", Map.of("status", status.name()));
        }
        requireStepDate(command.on());
        return List.of(new PostingCancelled(id, command.decidedBy(), command.reason(), command.on()));
    }

    public Posting apply(Record event) {
        if (event instanceof PostingProposed e) {
            return new Posting(Status.PROPOSED, e.postingId(), e.staffId(), e.kind(), e.originSchool(),
                    e.destinationSchool(), e.plannedStart(), e.plannedEnd(), null, null, false,
                    List.of(new Step(Status.PROPOSED, e.effectiveDate(), e.decidedBy(), e.reason())));
        }
        if (event instanceof PostingApproved e) {
            return step(Status.APPROVED, e.effectiveDate(), e.decidedBy(), e.reason(), startedOn, endedOn, false);
        }
        if (event instanceof PostingRejected e) {
            return step(Status.REJECTED, e.effectiveDate(), e.decidedBy(), e.reason(), startedOn, endedOn, false);
        }
        if (event instanceof PostingStarted e) {
            return step(Status.STARTED, e.effectiveDate(), e.decidedBy(), null, e.effectiveDate(), null, false);
        }
        if (event instanceof PostingCompleted e) {
            return step(Status.COMPLETED, e.effectiveDate(), e.decidedBy(), null, startedOn, e.effectiveDate(),
                    e.recordedAsTransfer());
        }
        if (event instanceof PostingEndedEarly e) {
            return step(Status.ENDED_EARLY, e.effectiveDate(), e.decidedBy(), e.reason(), startedOn, e.effectiveDate(),
                    false);
        }
        if (event instanceof PostingCancelled e) {
            return step(Status.CANCELLED, e.effectiveDate(), e.decidedBy(), e.reason(), startedOn, endedOn, false);
        }
        throw new IllegalArgumentException("not an event of a posting: " + event.getClass().getSimpleName());
    }

    private Posting step(Status next, LocalDate on, String decidedBy, String reason, LocalDate started, LocalDate ended,
                         boolean transfer) {
        List<Step> all = new ArrayList<>(steps);
        all.add(new Step(next, on, decidedBy, reason));
        return new Posting(next, id, staffId, kind, origin, destination, plannedStart, plannedEnd, started, ended,
                transfer, List.copyOf(all));
    }

    private static void requireDuration(PostingKind kind, LocalDate start, LocalDate end, PostingBounds bounds) {
        if (end.isBefore(start)) {
            throw RuleViolation.of("posting.end-before-start", "a posting cannot end on " + end + ", before its start "
                    + start, Map.of("plannedStart", start.toString(), "plannedEnd", end.toString()));
        }
        LocalDate after = end.plusDays(1);
        if (after.isBefore(start.plus(bounds.min().get(kind))) || after.isAfter(start.plus(bounds.max().get(kind)))) {
            throw RuleViolation.of("posting.duration-out-of-bounds", "a posting of kind " + kind + " lasts "
                            + bounds.min().get(kind) + " to " + bounds.max().get(kind) + "; " + start + " to " + end
                            + " does not",
                    Map.of("kind", kind.name(), "min", bounds.min().get(kind).toString(),
                            "max", bounds.max().get(kind).toString()));
        }
    }

    /**
     * The destination is another known school that shares an active community with the origin on the start, or
     * any known school when the origin belongs to a collaborative community (cross-region support, 对口帮扶).
     */
    private static void requireDestination(String origin, String destination, LocalDate start, SchoolFacts schools) {
        if (origin.equals(destination)) {
            throw RuleViolation.of("posting.destination-is-origin", "the destination " + destination
                    + " is the person's own school on " + start, Map.of("school", destination));
        }
        if (schools.countyOf(destination).isEmpty()) {
            throw RuleViolation.of("posting.school-unknown", "no school " + destination + " is registered",
                    Map.of("school", destination));
        }
        List<SchoolFacts.Membership> ofOrigin = schools.communitiesOn(origin, start);
        Set<String> shared = schools.communitiesOn(destination, start).stream()
                .map(SchoolFacts.Membership::communityId).collect(Collectors.toSet());
        boolean together = ofOrigin.stream().anyMatch(m -> shared.contains(m.communityId()));
        boolean collaborative = ofOrigin.stream().anyMatch(m -> m.model() == CommunityModel.COLLABORATIVE);
        if (!together && !collaborative) {
            throw RuleViolation.of("posting.destination-outside-community", "school " + destination
                            + " shares no community with the origin " + origin + " on " + start,
                    Map.of("origin", origin, "destination", destination, "date", start.toString()));
        }
    }

    private void requireExists(PostingId asked) {
        if (!exists()) {
            throw RuleViolation.notFound("posting.not-found", "no posting " + asked + " is proposed",
                    Map.of("postingId", asked.toString()));
        }
    }

    private void requireStatus(PostingId asked, Status expected, String rule) {
        requireExists(asked);
        if (status != expected) {
            throw RuleViolation.conflict(rule, "posting " + id + " is " + status + ", not " + expected,
                    Map.of("status", status.name()));
        }
    }

    /** What happened (a start, an end) is recorded once it happened: on today or earlier. */
    private void requireNotAhead(LocalDate on, LocalDate today) {
        if (on.isAfter(today)) {
            throw RuleViolation.of("posting.step-in-future", "posting " + id + " cannot be recorded as started or ended on "
                    + on + ", after today " + today, Map.of("date", on.toString()));
        }
    }

    /** A step is dated on or after the previous one. */
    private void requireStepDate(LocalDate on) {
        LocalDate previous = steps.get(steps.size() - 1).on();
        if (on.isBefore(previous)) {
            throw RuleViolation.of("posting.step-before-previous", "posting " + id + " was " + status + " on "
                    + previous + ", after " + on, Map.of("previous", previous.toString()));
        }
    }
}
