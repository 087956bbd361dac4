package edu.community.contracts;

/** The public topics, one per service; the log is kept forever so that projections can rebuild. */
public final class Topics {

    public static final String COMMUNITY = "edu.community.events";
    public static final String STAFFING = "edu.staffing.events";
    public static final String EXCHANGE = "edu.exchange.events";
    public static final String ASSESSMENT = "edu.assessment.events";

    private Topics() {
    }
}
