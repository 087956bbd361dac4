package edu.community.contracts.assessment;

/**
 * What a measured indicator reads from the provincial report of the round's cut-off date, per community (see
 * assessment-service's README, "Community assessment"): {@code COVERAGE} member schools (figure {@code members}),
 * {@code POSTINGS} postings started in the school year, {@code ROTATION_RATIO} rotated over eligible staff of the
 * core school's county in percent, {@code SYNC_HOURS} synchronous-lesson hours received by rural and township
 * schools, {@code ACTIVITIES_HELD} exchange activities held, {@code ATTENDANCE_RATE} attendance of synchronous
 * lessons in percent, {@code BALANCE_CV} the inter-school difference coefficient (校际差异系数) of one balance
 * indicator over the community's schools.
 */
public enum AssessmentMeasure {
    COVERAGE,
    POSTINGS,
    ROTATION_RATIO,
    SYNC_HOURS,
    ACTIVITIES_HELD,
    ATTENDANCE_RATE,
    BALANCE_CV
}
