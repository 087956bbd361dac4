package edu.community.demo;

/** A generated school as the register's import takes it (one CSV row). */
record DemoSchool(String code, String name, String county, String classification, String level, int enrolment) {

    static final String CSV_HEADER = "schoolCode,name,countyCode,classification,level,enrolment,effectiveDate";

    String csvRow(String effectiveDate) {
        return String.join(",", code, name, county, classification, level, Integer.toString(enrolment), effectiveDate);
    }
}
