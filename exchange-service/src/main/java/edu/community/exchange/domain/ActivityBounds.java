package edu.community.exchange.domain;

/**
 * 活动记录上下限 — how long an activity may last and how many students of one grade of one school may take part;
 * configuration per locality.
 */
public record ActivityBounds(int maxDurationMinutes, int maxStudentsPerGrade) {
}
