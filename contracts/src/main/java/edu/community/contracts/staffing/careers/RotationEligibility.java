package edu.community.contracts.staffing.careers;

import edu.community.contracts.staffing.StaffRole;
import java.time.LocalDate;
import java.util.Optional;

/**
 * 轮岗资格 (rule 4) — whether a person is due to rotate on a date. A teacher after N consecutive years at one
 * school, a principal after the given number of consecutive terms as principal of that school; counted from the
 * later of the appointment there and the end of the person's last rotation or support-teaching posting; on the
 * date exactly N years later the person is eligible. A person serving a posting on the date is not eligible.
 *
 * @param rule         {@code rotation.teacher-years} or {@code rotation.principal-terms}; null when not in service
 * @param outcome      ELIGIBLE, NOT_YET, ON_POSTING or NOT_IN_SERVICE
 * @param school       the school of appointment on the date
 * @param appointedOn  the first day of the uninterrupted appointment counted (as principal, for a principal)
 * @param lastPostingEnd the end of the last rotation or support-teaching posting, when there is one
 * @param countedFrom  the later of the two
 * @param eligibleFrom the day the person becomes (or became) eligible
 */
public record RotationEligibility(LocalDate asOf, Outcome outcome, String rule, String school, LocalDate appointedOn,
                                  LocalDate lastPostingEnd, LocalDate countedFrom, LocalDate eligibleFrom,
                                  String postingId) {

    /** The answer. */
    public enum Outcome {
        ELIGIBLE,
        NOT_YET,
        ON_POSTING,
        NOT_IN_SERVICE
    }

    public boolean eligible() {
        return outcome == Outcome.ELIGIBLE;
    }

    public static RotationEligibility of(ServiceHistory career, RotationPolicy policy, LocalDate asOf) {
        Optional<Appointment> now = career.appointmentOn(asOf);
        if (now.isEmpty()) {
            return new RotationEligibility(asOf, Outcome.NOT_IN_SERVICE, null, null, null, null, null, null, null);
        }
        boolean principal = now.get().role() == StaffRole.PRINCIPAL;
        LocalDate since = principal ? principalSince(career, now.get(), asOf) : career.atSchoolSince(asOf).orElseThrow();
        LocalDate lastEnd = null;
        for (ServedPosting posting : career.postings()) {
            boolean counts = posting.rotates();
            if (counts && posting.endedOn() != null && !posting.endedOn().isAfter(asOf)
                    && (lastEnd == null || posting.endedOn().isAfter(lastEnd))) {
                lastEnd = posting.endedOn();
            }
        }
        LocalDate countedFrom = lastEnd != null && lastEnd.isAfter(since) ? lastEnd : since;
        int years = principal ? policy.principalTermYears() * policy.principalTerms() : policy.teacherYears();
        LocalDate eligibleFrom = countedFrom.plusYears(years);
        String rule = principal ? "rotation.principal-terms" : "rotation.teacher-years";
        Optional<ServedPosting> serving = career.servingOn(asOf);
        Outcome outcome = serving.isPresent() ? Outcome.ON_POSTING
                : asOf.isBefore(eligibleFrom) ? Outcome.NOT_YET : Outcome.ELIGIBLE;
        return new RotationEligibility(asOf, outcome, rule, now.get().school(), since, lastEnd, countedFrom,
                eligibleFrom, serving.map(ServedPosting::id).orElse(null));
    }

    /** The first day of the uninterrupted run of appointments as principal of the school held on the date. */
    private static LocalDate principalSince(ServiceHistory career, Appointment now, LocalDate asOf) {
        LocalDate since = now.from();
        var all = career.appointments();
        for (int i = all.size() - 1; i >= 0; i--) {
            Appointment appointment = all.get(i);
            if (appointment.from().isAfter(asOf)) {
                continue;
            }
            if (!appointment.school().equals(now.school()) || appointment.role() != StaffRole.PRINCIPAL) {
                break;
            }
            since = appointment.from();
        }
        return since;
    }
}
