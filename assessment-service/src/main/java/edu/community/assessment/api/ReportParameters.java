package edu.community.assessment.api;

import edu.community.assessment.domain.ReportPeriod;
import edu.community.assessment.domain.SchoolYear;
import edu.community.eventsourcing.security.Division;
import jakarta.ws.rs.BadRequestException;
import java.time.DateTimeException;
import java.time.LocalDate;

/** Reads the query parameters reports share; a malformed one is a 400 naming it. */
final class ReportParameters {

    private ReportParameters() {
    }

    static ReportPeriod period(String schoolYear, String asOf) {
        SchoolYear year = schoolYear == null || schoolYear.isBlank() ? null : schoolYear(schoolYear);
        LocalDate date = null;
        if (asOf != null && !asOf.isBlank()) {
            try {
                date = LocalDate.parse(asOf.strip());
            } catch (DateTimeException e) {
                throw new BadRequestException("asOf must be an ISO date such as 2025-06-30");
            }
        }
        return ReportPeriod.of(year, date, LocalDate.now(SchoolYear.CHINA));
    }

    static SchoolYear schoolYear(String text) {
        try {
            return SchoolYear.parse(text);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("schoolYear: " + e.getMessage());
        }
    }

    static Division division(String code) {
        try {
            return new Division(code);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new BadRequestException("division must be a 6-digit GB/T 2260 code: " + code);
        }
    }
}
