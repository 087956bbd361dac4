package edu.community.community.domain;

import java.time.LocalDate;

/** 学校撤销 — close a school from a date on; {@code reason} may be null. */
public record CloseSchool(SchoolCode code, LocalDate effectiveDate, String reason) {
}
