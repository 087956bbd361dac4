package edu.community.assessment.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** 学年 — a school year, 1 September to 31 August (rule 11), named by the year it starts: 2024 is 2024-2025. */
public record SchoolYear(int startYear) {

    /** Dates without a time, such as today's, are dates in China. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    public static final int EARLIEST = 1949;
    public static final int LATEST = 2200;

    private static final Pattern TEXT = Pattern.compile("(\\d{4})(?:-(\\d{4}))?");

    public SchoolYear {
        if (startYear < EARLIEST || startYear > LATEST) {
            throw new IllegalArgumentException("a school year starts between 1949 and 2200: " + startYear);
        }
    }

    public static SchoolYear containing(LocalDate date) {
        return new SchoolYear(date.getMonthValue() >= 9 ? date.getYear() : date.getYear() - 1);
    }

    /** Reads {@code 2024} or {@code 2024-2025}. */
    public static SchoolYear parse(String text) {
        Matcher matcher = TEXT.matcher(text == null ? "" : text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("a school year is written 2024 or 2024-2025: " + text);
        }
        int start = Integer.parseInt(matcher.group(1));
        if (matcher.group(2) != null && Integer.parseInt(matcher.group(2)) != start + 1) {
            throw new IllegalArgumentException("a school year spans two consecutive years: " + text);
        }
        return new SchoolYear(start);
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, 9, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, 8, 31);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    @Override
    public String toString() {
        return startYear + "-" + (startYear + 1);
    }
}
