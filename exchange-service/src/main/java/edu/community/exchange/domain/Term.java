package edu.community.exchange.domain;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 学期 — a term of a school year: autumn (秋季学期) runs 1 September to 31 January, spring (春季学期) 1 February
 * to 31 August. Written {@code 2026-AUTUMN} (September 2026 to January 2027) or {@code 2027-SPRING}.
 */
public record Term(int year, Season season) {

    public static final String PATTERN = "\\d{4}-(AUTUMN|SPRING)";

    private static final Pattern TEXT = Pattern.compile("(\\d{4})-(AUTUMN|SPRING)");

    public enum Season {
        AUTUMN,
        SPRING
    }

    public static Term parse(String text) {
        Matcher matcher = TEXT.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("a term is written like 2026-AUTUMN or 2027-SPRING: " + text);
        }
        return new Term(Integer.parseInt(matcher.group(1)), Season.valueOf(matcher.group(2)));
    }

    public LocalDate firstDay() {
        return season == Season.AUTUMN ? LocalDate.of(year, 9, 1) : LocalDate.of(year, 2, 1);
    }

    public LocalDate lastDay() {
        return season == Season.AUTUMN ? LocalDate.of(year + 1, 1, 31) : LocalDate.of(year, 8, 31);
    }

    @Override
    public String toString() {
        return year + "-" + season;
    }
}
