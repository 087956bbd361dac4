package edu.community.contracts.community;

import java.util.regex.Pattern;

/** 学校标识码 — the format of the 10-digit national school identification code, defined once for every service. */
public final class SchoolCodes {

    /** For {@code @Pattern(regexp = ...)} on requests and paths. */
    public static final String PATTERN = "\\d{10}";
    public static final String MESSAGE = "must be the 10-digit national school identification code";

    private static final Pattern TEN_DIGITS = Pattern.compile(PATTERN);

    private SchoolCodes() {
    }

    public static boolean isValid(String code) {
        return code != null && TEN_DIGITS.matcher(code).matches();
    }
}
