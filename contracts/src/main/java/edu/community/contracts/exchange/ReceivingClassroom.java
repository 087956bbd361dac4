package edu.community.contracts.exchange;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** 接收课堂 — a classroom of a member school that receives a synchronous lesson; its students are counted only. */
public record ReceivingClassroom(
        @JsonPropertyDescription("10-digit national school identification code (学校标识码) of the receiving school")
        String schoolCode,
        @JsonPropertyDescription("The school's own id of the class, e.g. 5-2 (五年级2班); never a person")
        String classroomId,
        @JsonPropertyDescription("Students enrolled in the class (应到人数)")
        int enrolled) {
}
