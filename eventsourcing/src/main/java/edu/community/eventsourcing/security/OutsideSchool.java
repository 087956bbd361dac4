package edu.community.eventsourcing.security;

import java.util.Optional;

/** A school officer wrote a record of another school than its own, or has no school: answered with 403. */
public class OutsideSchool extends RuntimeException {

    private final Optional<String> callerSchool;
    private final String target;

    public OutsideSchool(Caller caller, String target) {
        super(caller.school().map(own -> "a school officer of " + own + " cannot write records of " + target)
                .orElse("a school officer without a school claim cannot write records of " + target));
        this.callerSchool = caller.school();
        this.target = target;
    }

    public Optional<String> callerSchool() {
        return callerSchool;
    }

    public String target() {
        return target;
    }
}
