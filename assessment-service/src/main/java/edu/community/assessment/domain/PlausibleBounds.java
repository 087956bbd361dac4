package edu.community.assessment.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * 合理范围 — the range a school's per-student (or per-100-students) value must lie in to be believed. The defaults
 * are generous because a small rural school with a handful of students has large per-student figures.
 */
public final class PlausibleBounds {

    /** The closed interval [min, max]. */
    public record Range(double min, double max) {

        public Range {
            if (!(min <= max)) {
                throw new IllegalArgumentException("min must not exceed max: [" + min + ", " + max + "]");
            }
        }

        public boolean contains(double value) {
            return value >= min && value <= max;
        }

        @Override
        public String toString() {
            return "[" + min + ", " + max + "]";
        }
    }

    private static final PlausibleBounds DEFAULTS = new PlausibleBounds(Map.ofEntries(
            Map.entry(Indicator.TEACHERS, new Range(0, 100)),
            Map.entry(Indicator.QUALIFIED_TEACHERS, new Range(0, 100)),
            Map.entry(Indicator.BACKBONE_TEACHERS, new Range(0, 100)),
            Map.entry(Indicator.PE_ARTS_TEACHERS, new Range(0, 100)),
            Map.entry(Indicator.MID_TITLED_TEACHERS, new Range(0, 100)),
            Map.entry(Indicator.FLOOR_SPACE, new Range(0, 200)),
            Map.entry(Indicator.SPORTS_SPACE, new Range(0, 500)),
            Map.entry(Indicator.EQUIPMENT_VALUE, new Range(0, 100_000)),
            Map.entry(Indicator.MULTIMEDIA_CLASSROOMS, new Range(0, 100)),
            Map.entry(Indicator.COMPUTERS, new Range(0, 300)),
            Map.entry(Indicator.BOOKS, new Range(0, 1000))));

    private final Map<Indicator, Range> ranges;

    private PlausibleBounds(Map<Indicator, Range> ranges) {
        this.ranges = Collections.unmodifiableMap(new EnumMap<>(ranges));
    }

    public static PlausibleBounds defaults() {
        return DEFAULTS;
    }

    /** These bounds with {@code indicator} allowed in [min, max] instead. */
    public PlausibleBounds with(Indicator indicator, double min, double max) {
        Objects.requireNonNull(indicator, "indicator");
        Map<Indicator, Range> changed = new EnumMap<>(ranges);
        changed.put(indicator, new Range(min, max));
        return new PlausibleBounds(changed);
    }

    public Range range(Indicator indicator) {
        return ranges.get(indicator);
    }

    public Map<Indicator, Range> ranges() {
        return ranges;
    }
}
