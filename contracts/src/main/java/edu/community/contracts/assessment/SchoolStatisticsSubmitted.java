package edu.community.contracts.assessment;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import edu.community.contracts.EffectiveDated;
import edu.community.contracts.EventContract;
import edu.community.contracts.Topics;
import java.time.LocalDate;

/**
 * 学校年度统计报送 — a school's annual statistics for one stage and school year, as submitted or corrected; the
 * latest submission of a stream is the one in force. The stream id is
 * {@code school-statistics-<schoolCode>-<schoolYear>-<stage>}.
 */
@EventContract(topic = Topics.ASSESSMENT, name = "SchoolStatisticsSubmitted", version = 1,
        description = "A school's annual statistics for one stage and school year were submitted; a later submission of the same school, year and stage corrects it.")
public record SchoolStatisticsSubmitted(
        @JsonPropertyDescription("10-digit national school identification code (学校标识码)")
        String schoolCode,
        @JsonPropertyDescription("6-digit GB/T 2260 code of the school's county when submitted")
        String countyCode,
        @JsonPropertyDescription("The year the school year starts: 2024 for 2024-2025")
        int schoolYear,
        @JsonPropertyDescription("Primary or junior (学段); a nine-year school submits one record per stage")
        SchoolStage stage,
        @JsonPropertyDescription("Students enrolled in the stage (在校生数)")
        int students,
        @JsonPropertyDescription("Full-time teachers (专任教师数)")
        int teachers,
        @JsonPropertyDescription("Teachers above the required qualification (高于规定学历教师数)")
        int qualifiedTeachers,
        @JsonPropertyDescription("County-level or higher backbone teachers (县级及以上骨干教师数)")
        int backboneTeachers,
        @JsonPropertyDescription("PE and arts teachers (体育、艺术专任教师数)")
        int peArtsTeachers,
        @JsonPropertyDescription("Teachers with a mid-level or higher title (中级及以上专业技术职务教师数)")
        int midTitledTeachers,
        @JsonPropertyDescription("Networked multimedia classrooms (网络多媒体教室数)")
        int multimediaClassrooms,
        @JsonPropertyDescription("Computers for teaching (教学用计算机台数)")
        int computers,
        @JsonPropertyDescription("Books (图书册数)")
        int books,
        @JsonPropertyDescription("Teaching and auxiliary floor space, m² (教学及辅助用房面积)")
        double floorSpace,
        @JsonPropertyDescription("Sports ground space, m² (体育运动场馆面积)")
        double sportsSpace,
        @JsonPropertyDescription("Value of teaching equipment, yuan (教学仪器设备值)")
        double equipmentValue,
        @JsonPropertyDescription("The date the figures were taken (统计时点)")
        LocalDate effectiveDate) implements EffectiveDated {
}
