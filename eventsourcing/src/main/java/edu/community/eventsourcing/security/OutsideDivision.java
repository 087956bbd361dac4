package edu.community.eventsourcing.security;

/** A caller acted on a record outside its division: answered with 403. */
public class OutsideDivision extends RuntimeException {

    private final Division callerDivision;
    private final Division target;

    public OutsideDivision(Caller caller, Division target) {
        super("division " + caller.division() + " does not cover " + target);
        this.callerDivision = caller.division();
        this.target = target;
    }

    public Division callerDivision() {
        return callerDivision;
    }

    public Division target() {
        return target;
    }
}
