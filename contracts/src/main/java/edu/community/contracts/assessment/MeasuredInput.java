package edu.community.contracts.assessment;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import edu.community.contracts.Optional;
import java.util.List;

/** A measured indicator's value for a community, with every raw figure it was computed from (frozen at publication). */
public record MeasuredInput(
        @JsonPropertyDescription("Code of the measured indicator")
        String code,
        @JsonPropertyDescription("The value; absent when it cannot be computed (a difference coefficient without statistics)")
        @Optional
        Double value,
        @JsonPropertyDescription("The raw figures the value was computed from")
        List<InputFigure> figures) {
}
