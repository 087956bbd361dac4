package edu.community.demo;

/**
 * A generated school as the register's import takes it (one CSV row). {@code legalEntity} (统一社会信用代码) is
 * set for the schools of an integrated community, which share the core school's; null otherwise.
 */
record DemoSchool(String code, String name, String county, String classification, String level, int enrolment,
                  String legalEntity) {

    static final String CSV_HEADER = "schoolCode,name,countyCode,classification,level,enrolment,legalEntity,effectiveDate";

    DemoSchool withLegalEntity(String entity) {
        return new DemoSchool(code, name, county, classification, level, enrolment, entity);
    }

    String csvRow(String effectiveDate) {
        return String.join(",", code, name, county, classification, level, Integer.toString(enrolment),
                legalEntity == null ? "" : legalEntity, effectiveDate);
    }
}
