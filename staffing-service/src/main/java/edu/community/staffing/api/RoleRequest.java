package edu.community.staffing.api;

import edu.community.contracts.staffing.StaffRole;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code PUT /api/v1/staff/{staffId}/role}. */
@Schema(name = "RoleChange", description = "岗位变动 — another post at the same school from a date")
public record RoleRequest(@NotNull StaffRole role, @NotNull LocalDate effectiveDate) {
}
