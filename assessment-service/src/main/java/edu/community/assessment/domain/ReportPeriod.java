package edu.community.assessment.domain;

import edu.community.eventsourcing.domain.RuleViolation;
import java.time.LocalDate;
import java.util.Map;

/**
 * The school year a report is for and the date it is asked as of: figures are the state on that date.
 * Without a date, a past year is reported on its last day, the current one today, a future one on its first day.
 */
public record ReportPeriod(SchoolYear year, LocalDate asOf) {

    public static ReportPeriod of(SchoolYear year, LocalDate asOf, LocalDate today) {
        if (year == null && asOf == null) {
            return new ReportPeriod(SchoolYear.containing(today), today);
        }
        if (year == null) {
            return new ReportPeriod(SchoolYear.containing(asOf), asOf);
        }
        if (asOf == null) {
            LocalDate date = today.isAfter(year.lastDay()) ? year.lastDay()
                    : today.isBefore(year.firstDay()) ? year.firstDay() : today;
            return new ReportPeriod(year, date);
        }
        if (!year.contains(asOf)) {
            throw RuleViolation.of("report.as-of-outside-school-year",
                    "asOf " + asOf + " is not in school year " + year + " (" + year.firstDay() + " to "
                            + year.lastDay() + ")", Map.of("asOf", asOf.toString(), "schoolYear", year.toString()));
        }
        return new ReportPeriod(year, asOf);
    }
}
