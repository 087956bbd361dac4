package edu.community.assessment.domain;

import edu.community.contracts.community.CommunityModel;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One event about a community as the report keeps it: its forming (name, model, core), a new model, a new core
 * school, or its dissolution. Facts are ordered by effective date, then by stream version.
 *
 * @param coreCounty the county of the core school named, when the report knows the school
 */
public record CommunityFact(UUID event, String community, LocalDate effectiveDate, int streamVersion, Kind kind,
                            String name, CommunityModel model, String coreSchool, String coreCounty) {

    public enum Kind {
        FORMED,
        MODEL_CHANGED,
        CORE_CHANGED,
        DISSOLVED
    }
}
