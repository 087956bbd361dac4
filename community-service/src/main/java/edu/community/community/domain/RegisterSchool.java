package edu.community.community.domain;

import edu.community.contracts.community.SchoolClassification;
import edu.community.contracts.community.SchoolLevel;
import java.time.LocalDate;

/** 学校登记 — enter a school into the system of record. */
public record RegisterSchool(
        SchoolCode code,
        String name,
        String countyCode,
        SchoolClassification classification,
        SchoolLevel level,
        int enrolment,
        LocalDate effectiveDate) {
}
