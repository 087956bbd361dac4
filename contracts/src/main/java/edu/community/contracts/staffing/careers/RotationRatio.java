package edu.community.contracts.staffing.careers;

import edu.community.contracts.community.SchoolClassification;
import edu.community.contracts.staffing.BackboneLevel;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * 年度交流轮岗比例 (rule 5) — per county and school year, for its urban schools: <em>eligible</em> = staff
 * appointed at an urban school of the county who are eligible on 1 September; <em>rotated</em> = staff of such
 * schools whose rotation or support-teaching posting starts within the school year (up to the date asked);
 * <em>backbone rotated</em> = those of them with a backbone level of county or higher on the posting's start.
 * Targets: rotated / eligible ≥ 10 %, backbone rotated / base ≥ 20 % (base: the rotated, or the eligible).
 *
 * @param rotationRatio null when nobody is eligible
 * @param backboneRatio null when the base is 0
 */
public record RotationRatio(String county, int schoolYear, LocalDate asOf, int eligible, int rotated,
                           int backboneRotated, RotationPolicy.Base backboneBase, Double rotationRatio,
                           Double backboneRatio, boolean rotationTargetMet, boolean backboneTargetMet) {

    public static final double ROTATION_TARGET = 0.10;
    public static final double BACKBONE_TARGET = 0.20;

    /** The school year (学年) a date lies in, by the year of its 1 September. */
    public static int schoolYearOf(LocalDate date) {
        return date.getMonthValue() >= 9 ? date.getYear() : date.getYear() - 1;
    }

    /** The figures of the school year of {@code asOf}, counting postings started up to {@code asOf}. */
    public static RotationRatio of(String county, LocalDate asOf, Collection<ServiceHistory> careers, SchoolFacts schools,
                                   RotationPolicy policy) {
        int year = schoolYearOf(asOf);
        LocalDate first = LocalDate.of(year, 9, 1);
        LocalDate last = LocalDate.of(year + 1, 8, 31);
        LocalDate until = asOf.isBefore(last) ? asOf : last;
        int eligible = 0;
        Set<String> rotated = new HashSet<>();
        Set<String> backbone = new HashSet<>();
        for (ServiceHistory career : careers) {
            boolean urbanOnFirst = career.appointmentOn(first)
                    .filter(at -> urban(schools, county, at.school(), first)).isPresent();
            if (urbanOnFirst && RotationEligibility.of(career, policy, first).eligible()) {
                eligible++;
            }
            for (ServedPosting posting : career.postings()) {
                LocalDate start = posting.startedOn();
                boolean kind = posting.rotates();
                if (kind && start != null && !start.isBefore(first) && !start.isAfter(until)
                        && urban(schools, county, posting.origin(), start)) {
                    rotated.add(career.staffId());
                    if (career.backboneOn(start) != BackboneLevel.NONE) {
                        backbone.add(career.staffId());
                    }
                }
            }
        }
        int base = policy.backboneBase() == RotationPolicy.Base.ROTATED ? rotated.size() : eligible;
        Double rotationRatio = eligible == 0 ? null : (double) rotated.size() / eligible;
        Double backboneRatio = base == 0 ? null : (double) backbone.size() / base;
        return new RotationRatio(county, year, asOf, eligible, rotated.size(), backbone.size(), policy.backboneBase(),
                rotationRatio, backboneRatio, rotationRatio != null && rotationRatio >= ROTATION_TARGET,
                backboneRatio != null && backboneRatio >= BACKBONE_TARGET);
    }

    private static boolean urban(SchoolFacts schools, String county, String school, LocalDate on) {
        return schools.countyOf(school).filter(county::equals).isPresent()
                && schools.classificationOn(school, on).orElse(null) == SchoolClassification.URBAN;
    }
}
