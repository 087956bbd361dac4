package edu.community.community.domain;

import java.time.LocalDate;

/** 学校信息变更 — replace a school's details from a date on. */
public record ChangeSchoolDetails(SchoolCode code, SchoolDetails details, LocalDate effectiveDate) {
}
