package edu.community.assessment.domain;

import edu.community.contracts.assessment.SchoolStage;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;

/**
 * 均衡指标 — the resource indicators of the 2012 basic balance standard and the 2017 quality balance standard.
 * Seven belong to the quality standard ({@link #quality()}), eight to the basic standard ({@link #basic()}); four
 * belong to both, eleven in all.
 */
public enum Indicator {
    /** 每百名学生拥有专任教师数 (师生比) */
    TEACHERS("专任教师", "teachers", Basis.PER_100_STUDENTS, SchoolStatistics::teachers, null, true),
    /** 每百名学生拥有高于规定学历教师数 */
    QUALIFIED_TEACHERS("高于规定学历教师", "qualifiedTeachers", Basis.PER_100_STUDENTS,
            SchoolStatistics::qualifiedTeachers, new Thresholds(4.2, 5.3), true),
    /** 每百名学生拥有县级及以上骨干教师数 */
    BACKBONE_TEACHERS("县级及以上骨干教师", "backboneTeachers", Basis.PER_100_STUDENTS,
            SchoolStatistics::backboneTeachers, new Thresholds(1, 1), false),
    /** 每百名学生拥有体育、艺术（美术、音乐）专任教师数 */
    PE_ARTS_TEACHERS("体育、艺术专任教师", "peArtsTeachers", Basis.PER_100_STUDENTS,
            SchoolStatistics::peArtsTeachers, new Thresholds(0.9, 0.9), false),
    /** 每百名学生拥有中级及以上专业技术职务教师数 */
    MID_TITLED_TEACHERS("中级及以上专业技术职务教师", "midTitledTeachers", Basis.PER_100_STUDENTS,
            SchoolStatistics::midTitledTeachers, null, true),
    /** 生均教学及辅助用房面积 (m²) */
    FLOOR_SPACE("生均教学及辅助用房面积", "floorSpace", Basis.PER_STUDENT,
            SchoolStatistics::floorSpace, new Thresholds(4.5, 5.8), true),
    /** 生均体育运动场馆面积 (m²) */
    SPORTS_SPACE("生均体育运动场馆面积", "sportsSpace", Basis.PER_STUDENT,
            SchoolStatistics::sportsSpace, new Thresholds(7.5, 10.2), true),
    /** 生均教学仪器设备值 (元) */
    EQUIPMENT_VALUE("生均教学仪器设备值", "equipmentValue", Basis.PER_STUDENT,
            SchoolStatistics::equipmentValue, new Thresholds(2000, 2500), true),
    /** 每百名学生拥有网络多媒体教室数 */
    MULTIMEDIA_CLASSROOMS("每百名学生网络多媒体教室", "multimediaClassrooms", Basis.PER_100_STUDENTS,
            SchoolStatistics::multimediaClassrooms, new Thresholds(2.3, 2.4), false),
    /** 每百名学生拥有计算机台数 */
    COMPUTERS("每百名学生计算机台数", "computers", Basis.PER_100_STUDENTS, SchoolStatistics::computers, null, true),
    /** 生均图书册数 */
    BOOKS("生均图书册数", "books", Basis.PER_STUDENT, SchoolStatistics::books, null, true);

    /** 计量口径 — whether an indicator is counted per student or per 100 students. */
    public enum Basis {
        PER_STUDENT(1),
        PER_100_STUDENTS(100);

        private final int students;

        Basis(int students) {
            this.students = students;
        }

        /** The value of {@code total} shared by {@code students} students, per student or per 100 students. */
        public double value(double total, int students) {
            return total * this.students / students;
        }

        /** {@code total} expressed in this basis' unit, so that dividing it by the students gives the value. */
        double scaled(double total) {
            return total * students;
        }
    }

    private record Thresholds(double primary, double junior) {
    }

    private static final List<Indicator> QUALITY = Arrays.stream(values()).filter(Indicator::isQuality).toList();
    private static final List<Indicator> BASIC = Arrays.stream(values()).filter(Indicator::isBasic).toList();

    private final String chineseName;
    private final String field;
    private final Basis basis;
    private final ToDoubleFunction<SchoolStatistics> total;
    private final Thresholds quality;
    private final boolean basic;

    Indicator(String chineseName, String field, Basis basis, ToDoubleFunction<SchoolStatistics> total,
              Thresholds quality, boolean basic) {
        this.chineseName = chineseName;
        this.field = field;
        this.basis = basis;
        this.total = total;
        this.quality = quality;
        this.basic = basic;
    }

    /** The seven indicators of the 2017 quality balance standard (优质均衡). */
    public static List<Indicator> quality() {
        return QUALITY;
    }

    /** The eight indicators of the 2012 basic balance standard (基本均衡). */
    public static List<Indicator> basic() {
        return BASIC;
    }

    public String chineseName() {
        return chineseName;
    }

    /** The name of the {@link SchoolStatistics} component the indicator is taken from, e.g. {@code books}. */
    public String field() {
        return field;
    }

    public Basis basis() {
        return basis;
    }

    /** The school's raw total for this indicator: a head count, a number of items, square metres or yuan. */
    public double totalOf(SchoolStatistics statistics) {
        return total.applyAsDouble(statistics);
    }

    /** The threshold every school should reach under the quality standard; empty for indicators outside it. */
    public OptionalDouble qualityThreshold(SchoolStage stage) {
        if (quality == null) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(stage == SchoolStage.PRIMARY ? quality.primary() : quality.junior());
    }

    public boolean isQuality() {
        return quality != null;
    }

    public boolean isBasic() {
        return basic;
    }
}
