package edu.community.contracts.staffing.careers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** 生效日期 — a value that holds from a date until the next one of its history. */
public record Dated<T>(LocalDate from, T value) {

    /** The value of a history (in any order) on a date; empty before its first one. */
    public static <T> Optional<T> on(List<Dated<T>> history, LocalDate date) {
        Dated<T> found = null;
        for (Dated<T> dated : history) {
            if (!dated.from().isAfter(date) && (found == null || !dated.from().isBefore(found.from()))) {
                found = dated;
            }
        }
        return Optional.ofNullable(found).map(Dated::value);
    }

    /** The history with a value from a date, replacing one from the same date, sorted by date. */
    public static <T> List<Dated<T>> with(List<Dated<T>> history, LocalDate from, T value) {
        List<Dated<T>> changed = new ArrayList<>(history.stream().filter(d -> !d.from().equals(from)).toList());
        changed.add(new Dated<>(from, value));
        changed.sort(Comparator.comparing(Dated::from));
        return List.copyOf(changed);
    }
}
