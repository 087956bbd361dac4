package edu.community.exchange.application;

import java.time.LocalDate;

/**
 * 学期活动统计 — the activity figures of a community or a county for a term, as of a date: activities held
 * (activity date in the term and on or before the date), their minutes, the students taking part and those
 * of them from rural and township schools (乡村、镇区学校, by the school's classification on the activity date),
 * and activities cancelled.
 *
 * @param from the first day counted (the term's first day)
 * @param to   the last day counted: the term's last day or the as-of date, whichever is earlier
 */
public record TermFigures(String scope, String term, LocalDate from, LocalDate to, long activitiesHeld,
                          long activitiesCancelled, long minutes, long students, long ruralAndTownshipStudents) {
}
