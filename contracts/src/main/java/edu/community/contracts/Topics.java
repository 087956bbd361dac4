package edu.community.contracts;

/**
 * The public topics: one event topic per service, whose log is kept forever so that projections can rebuild,
 * and compacted report topics that keep the latest snapshot per key.
 */
public final class Topics {

    public static final String COMMUNITY = "edu.community.events";
    public static final String STAFFING = "edu.staffing.events";
    public static final String EXCHANGE = "edu.exchange.events";
    public static final String ASSESSMENT = "edu.assessment.events";
    /**
     * Snapshots of the provincial report for analysts: compacted, so it keeps the latest snapshot per division
     * and school year; not an event log.
     */
    public static final String ASSESSMENT_REPORTS = "edu.assessment.reports";

    private Topics() {
    }
}
