package edu.community.contracts.exchange;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import edu.community.contracts.Optional;

/** 课堂记录 — how one receiving classroom took part in one synchronous lesson. */
public record ClassroomSession(
        @JsonPropertyDescription("10-digit national school identification code (学校标识码) of the receiving school")
        String schoolCode,
        @JsonPropertyDescription("The school's own id of the class, as in the series")
        String classroomId,
        @JsonPropertyDescription("Whether the classroom received the lesson")
        boolean held,
        @JsonPropertyDescription("Students present (实到人数); 0 when missed")
        int present,
        @JsonPropertyDescription("Why the classroom missed the lesson; only when missed")
        @Optional
        MissedReason missedReason,
        @JsonPropertyDescription("Connection problems noted during the lesson (网络问题), in the school's words")
        @Optional
        String connectionProblem) {
}
