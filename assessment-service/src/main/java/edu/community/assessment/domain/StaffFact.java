package edu.community.assessment.domain;

import edu.community.contracts.staffing.BackboneLevel;
import edu.community.contracts.staffing.StaffRole;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One event about a member of staff as the report keeps it: an opaque id, the school, the post and the backbone
 * level, never personal data. Facts are ordered by effective date, then by stream version.
 *
 * @param school the school of a registration, a role change or a transfer, else null
 * @param role the post of a registration, a role change or a transfer, else null
 * @param backbone the level of a registration or a backbone change, else null
 */
public record StaffFact(UUID event, String staff, LocalDate effectiveDate, int streamVersion, Kind kind,
                        String school, StaffRole role, BackboneLevel backbone) {

    public enum Kind {
        REGISTERED,
        ROLE_CHANGED,
        BACKBONE_CHANGED,
        TRANSFERRED,
        LEFT
    }
}
