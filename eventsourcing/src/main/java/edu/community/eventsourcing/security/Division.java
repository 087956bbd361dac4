package edu.community.eventsourcing.security;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * 行政区划 — a GB/T 2260 division code: {@code 330000} a province, {@code 330100} a prefecture-level city,
 * {@code 330106} a county-level division. A division covers itself and every division inside it.
 */
public record Division(String code) {

    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");

    public Division {
        Objects.requireNonNull(code, "code");
        if (!SIX_DIGITS.matcher(code).matches()) {
            throw new IllegalArgumentException("a division code has 6 digits: " + code);
        }
    }

    public boolean isProvince() {
        return code.endsWith("0000");
    }

    public boolean isCity() {
        return !isProvince() && code.endsWith("00");
    }

    /** The province a division belongs to, e.g. 330106 → 330000. */
    public Division province() {
        return new Division(code.substring(0, 2) + "0000");
    }

    /** The prefecture-level city a county belongs to, e.g. 330106 → 330100; a province is its own. */
    public Division city() {
        return isProvince() ? this : new Division(code.substring(0, 4) + "00");
    }

    /** Whether {@code other} lies within this division (or is this division). */
    public boolean covers(Division other) {
        if (isProvince()) {
            return other.code.startsWith(code.substring(0, 2));
        }
        if (isCity()) {
            return other.code.startsWith(code.substring(0, 4));
        }
        return code.equals(other.code);
    }

    @Override
    public String toString() {
        return code;
    }
}
