package edu.community.community.domain;

import java.time.LocalDate;

/** 学校登记 — enter a school into the system of record. */
public record RegisterSchool(SchoolCode code, String countyCode, SchoolDetails details, LocalDate effectiveDate) {
}
