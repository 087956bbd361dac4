package edu.community.community.domain;

import java.time.LocalDate;

/** 学校恢复 — open a closed school again from a date on. */
public record ReopenSchool(SchoolCode code, LocalDate effectiveDate) {
}
