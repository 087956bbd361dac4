package edu.community.staffing.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.QueryParam;
import java.time.DateTimeException;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The date every figure endpoint asks for. */
public class AsOfQuery {

    @QueryParam("asOf")
    @NotNull
    @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "must be a date yyyy-MM-dd")
    @Parameter(description = "yyyy-MM-dd; the figures as they stand on that date (effective dates)")
    public String asOf;

    LocalDate asOf() {
        try {
            return LocalDate.parse(asOf);
        } catch (DateTimeException e) {
            throw new BadRequestException("asOf must be a date yyyy-MM-dd");
        }
    }
}
