package edu.community.contracts.assessment;

/** Whether an indicator of a scheme is measured from the provincial report (计量指标) or scored by assessors (评分指标). */
public enum AssessmentIndicatorKind {
    MEASURED,
    SCORED
}
