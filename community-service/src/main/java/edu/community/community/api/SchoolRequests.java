package edu.community.community.api;

import edu.community.community.domain.SchoolDetails;
import edu.community.contracts.community.SchoolClassification;
import edu.community.contracts.community.SchoolLevel;
import edu.community.contracts.community.SchoolOwnership;
import java.time.LocalDate;
import java.time.ZoneId;

/** What the school requests share: the credit-code pattern, defaults and the mapping to {@link SchoolDetails}. */
final class SchoolRequests {

    /** 统一社会信用代码: 18 characters of digits and capital letters without I, O, S, V, Z. */
    static final String CREDIT_CODE = "[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private SchoolRequests() {
    }

    /** Details from a request; a school is public (公办) unless the request says otherwise. */
    static SchoolDetails details(String name, SchoolClassification classification, SchoolLevel level,
                                 SchoolOwnership ownership, String legalEntity, Integer enrolment,
                                 Boolean specialEducation, Boolean vocational, Boolean teachingPoint) {
        return new SchoolDetails(name.strip(), classification, level,
                ownership == null ? SchoolOwnership.PUBLIC : ownership, legalEntity, enrolment,
                Boolean.TRUE.equals(specialEducation), Boolean.TRUE.equals(vocational),
                Boolean.TRUE.equals(teachingPoint));
    }

    /** The effective date asked for, or today in China. */
    static LocalDate dateOrToday(LocalDate effectiveDate) {
        return effectiveDate == null ? LocalDate.now(CHINA) : effectiveDate;
    }
}
