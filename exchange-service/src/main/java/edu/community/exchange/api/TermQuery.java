package edu.community.exchange.api;

import edu.community.exchange.domain.Term;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.QueryParam;
import java.time.DateTimeException;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The term and the date every figure endpoint asks for. */
public class TermQuery {

    @QueryParam("term")
    @NotNull
    @Pattern(regexp = Term.PATTERN, message = "must be like 2026-AUTUMN or 2027-SPRING")
    @Parameter(description = "2026-AUTUMN (Sep 2026 – Jan 2027) or 2027-SPRING (Feb – Aug 2027)")
    public String term;

    @QueryParam("asOf")
    @NotNull
    @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "must be a date yyyy-MM-dd")
    @Parameter(description = "yyyy-MM-dd; the figures as they stand on that date")
    public String asOf;

    Term term() {
        return Term.parse(term);
    }

    LocalDate asOf() {
        try {
            return LocalDate.parse(asOf);
        } catch (DateTimeException e) {
            throw new BadRequestException("asOf must be a date yyyy-MM-dd");
        }
    }
}
