package edu.community.assessment.domain;

import edu.community.contracts.staffing.careers.RotationPolicy;
import edu.community.contracts.staffing.careers.RuralServicePolicy;
import edu.community.reference.SupportCounties;

/**
 * 报表口径 — what the report applies besides the events: the dated support-county table (rule 10) and the
 * locality's values of rules 4–6, the same ones staffing-service applies (national values by default).
 */
public record ReportRules(SupportCounties supportCounties, RotationPolicy rotation, RuralServicePolicy ruralService) {

    public static ReportRules national(SupportCounties supportCounties) {
        return new ReportRules(supportCounties, RotationPolicy.national(), RuralServicePolicy.national());
    }
}
