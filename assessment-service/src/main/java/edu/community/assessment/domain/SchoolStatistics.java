package edu.community.assessment.domain;

import edu.community.contracts.community.SchoolCodes;
import edu.community.contracts.assessment.SchoolStage;
import edu.community.eventsourcing.domain.RuleViolation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * 学校年度统计 — what one school reports for one stage and one school year: its students and the resources the
 * balance indicators are computed from.
 *
 * @param schoolCode       学校标识码, ten digits
 * @param schoolYear       the year the school year starts: 2024 for 2024-09-01..2025-08-31
 * @param floorSpace       教学及辅助用房面积, square metres
 * @param sportsSpace      体育运动场馆面积, square metres
 * @param equipmentValue   教学仪器设备值, yuan
 */
public record SchoolStatistics(String schoolCode, int schoolYear, SchoolStage stage, int students, int teachers,
                               int qualifiedTeachers, int backboneTeachers, int peArtsTeachers,
                               int midTitledTeachers, int multimediaClassrooms, int computers, int books,
                               double floorSpace, double sportsSpace, double equipmentValue) {

    public SchoolStatistics {
        Objects.requireNonNull(schoolCode, "schoolCode");
        Objects.requireNonNull(stage, "stage");
        if (!SchoolCodes.isValid(schoolCode)) {
            throw new IllegalArgumentException("a school code has 10 digits: " + schoolCode);
        }
        if (!Double.isFinite(floorSpace) || !Double.isFinite(sportsSpace) || !Double.isFinite(equipmentValue)) {
            throw new IllegalArgumentException(schoolCode + ": areas and equipment value must be finite numbers");
        }
    }

    /** The school's value of {@code indicator}: per student, or per 100 students where the indicator says so. */
    public double perStudent(Indicator indicator) {
        return indicator.basis().value(indicator.totalOf(this), students);
    }

    /**
     * Refuses figures that cannot be right, reporting the first failure in this order: a negative figure
     * ({@code statistics.negative}), no students ({@code statistics.no-students}), more teachers in a group than
     * teachers in all ({@code statistics.inconsistent}), a per-student value outside {@code bounds}
     * ({@code statistics.implausible}). The details name the offending {@code field}.
     */
    public void validate(PlausibleBounds bounds) {
        requireNoNegative();
        if (students < 1) {
            throw RuleViolation.of("statistics.no-students", schoolCode + ": a school reports at least one student",
                    Map.of("field", "students", "value", students));
        }
        requireWithinTeachers("qualifiedTeachers", qualifiedTeachers);
        requireWithinTeachers("backboneTeachers", backboneTeachers);
        requireWithinTeachers("peArtsTeachers", peArtsTeachers);
        requireWithinTeachers("midTitledTeachers", midTitledTeachers);
        for (Indicator indicator : Indicator.values()) {
            requirePlausible(indicator, bounds.range(indicator));
        }
    }

    private void requireNoNegative() {
        Map<String, Number> figures = new LinkedHashMap<>();
        figures.put("students", students);
        figures.put("teachers", teachers);
        figures.put("qualifiedTeachers", qualifiedTeachers);
        figures.put("backboneTeachers", backboneTeachers);
        figures.put("peArtsTeachers", peArtsTeachers);
        figures.put("midTitledTeachers", midTitledTeachers);
        figures.put("multimediaClassrooms", multimediaClassrooms);
        figures.put("computers", computers);
        figures.put("books", books);
        figures.put("floorSpace", floorSpace);
        figures.put("sportsSpace", sportsSpace);
        figures.put("equipmentValue", equipmentValue);
        figures.forEach((field, value) -> {
            if (value.doubleValue() < 0) {
                throw RuleViolation.of("statistics.negative", schoolCode + ": " + field + " cannot be negative",
                        Map.of("field", field, "value", value));
            }
        });
    }

    private void requireWithinTeachers(String field, int value) {
        if (value > teachers) {
            throw RuleViolation.of("statistics.inconsistent",
                    schoolCode + ": " + field + " (" + value + ") exceeds the teachers (" + teachers + ")",
                    Map.of("field", field, "value", value, "teachers", teachers));
        }
    }

    private void requirePlausible(Indicator indicator, PlausibleBounds.Range range) {
        double value = perStudent(indicator);
        if (!range.contains(value)) {
            throw RuleViolation.of("statistics.implausible",
                    schoolCode + ": " + indicator.chineseName() + " " + value + " lies outside " + range,
                    Map.of("field", indicator.field(), "indicator", indicator.name(), "perStudentValue", value,
                            "min", range.min(), "max", range.max()));
        }
    }
}
