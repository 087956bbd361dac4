package edu.community.staffing.domain;

import edu.community.contracts.staffing.PostingKind;
import java.time.Period;
import java.util.Map;

/**
 * 流动期限 — the shortest and longest posting of each kind, per locality. A posting from {@code start} to
 * {@code end} (inclusive) lasts long enough when {@code end + 1 day} is on or after {@code start + min}, and not
 * too long when it is on or before {@code start + max}.
 */
public record PostingBounds(Map<PostingKind, Period> min, Map<PostingKind, Period> max) {

    public PostingBounds {
        min = Map.copyOf(min);
        max = Map.copyOf(max);
    }

    /** The national defaults: rotation 1–3 school years, support teaching one term–3 years, placement training
     * one month–1 year, secondment one term–1 year (a term taken as 4 months). */
    public static PostingBounds defaults() {
        return new PostingBounds(
                Map.of(PostingKind.ROTATION, Period.ofYears(1), PostingKind.SUPPORT_TEACHING, Period.ofMonths(4),
                        PostingKind.PLACEMENT_TRAINING, Period.ofMonths(1), PostingKind.MANAGEMENT_SECONDMENT,
                        Period.ofMonths(4)),
                Map.of(PostingKind.ROTATION, Period.ofYears(3), PostingKind.SUPPORT_TEACHING, Period.ofYears(3),
                        PostingKind.PLACEMENT_TRAINING, Period.ofYears(1), PostingKind.MANAGEMENT_SECONDMENT,
                        Period.ofYears(1)));
    }
}
