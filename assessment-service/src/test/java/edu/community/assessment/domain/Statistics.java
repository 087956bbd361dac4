package edu.community.assessment.domain;

import edu.community.contracts.assessment.SchoolStage;

/** Statistics for tests: a school comfortably above every quality threshold, changed one figure at a time. */
final class Statistics {

    static final int YEAR = 2024;

    private Statistics() {
    }

    /**
     * A school of {@code hundreds} × 100 students with, per 100 students, 8 teachers, 6 qualified, 2 backbone,
     * 1.5 PE/arts, 5 mid-titled, 3 multimedia classrooms, 15 computers and, per student, 8 m² floor space,
     * 12 m² sports space, ¥3,000 equipment and 40 books.
     */
    static SchoolStatistics good(String code, SchoolStage stage, int hundreds) {
        return new SchoolStatistics(code, YEAR, stage, hundreds * 100, hundreds * 8, hundreds * 6, hundreds * 2,
                hundreds * 3 / 2, hundreds * 5, hundreds * 3, hundreds * 15, hundreds * 4000,
                hundreds * 800.0, hundreds * 1200.0, hundreds * 300_000.0);
    }

    /** {@code s} with the figure named {@code field} replaced by {@code value}. */
    static SchoolStatistics with(SchoolStatistics s, String field, double value) {
        int count = (int) Math.round(value);
        return new SchoolStatistics(s.schoolCode(), s.schoolYear(), s.stage(),
                field.equals("students") ? count : s.students(),
                field.equals("teachers") ? count : s.teachers(),
                field.equals("qualifiedTeachers") ? count : s.qualifiedTeachers(),
                field.equals("backboneTeachers") ? count : s.backboneTeachers(),
                field.equals("peArtsTeachers") ? count : s.peArtsTeachers(),
                field.equals("midTitledTeachers") ? count : s.midTitledTeachers(),
                field.equals("multimediaClassrooms") ? count : s.multimediaClassrooms(),
                field.equals("computers") ? count : s.computers(),
                field.equals("books") ? count : s.books(),
                field.equals("floorSpace") ? value : s.floorSpace(),
                field.equals("sportsSpace") ? value : s.sportsSpace(),
                field.equals("equipmentValue") ? value : s.equipmentValue());
    }

    /** {@code s} with {@code indicator} at {@code perStudent} (per 100 students where the indicator says so). */
    static SchoolStatistics with(SchoolStatistics s, Indicator indicator, double perStudent) {
        double total = perStudent * s.students() / (indicator.basis() == Indicator.Basis.PER_STUDENT ? 1 : 100);
        return with(s, indicator.field(), total);
    }
}
