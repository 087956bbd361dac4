package edu.community.eventsourcing.projection;

/**
 * The active generation of a projection has tables of an older layout than the running code reads: it is being
 * rebuilt into a new generation (after an upgrade) and cannot answer until the rebuild switches.
 */
public class ProjectionOutdated extends RuntimeException {

    private final String projection;

    public ProjectionOutdated(String projection, int active, int expected) {
        super("the " + projection + " read model is being rebuilt after an upgrade (its tables are of layout " + active
                + ", this version reads layout " + expected + "); try again when the rebuild has switched");
        this.projection = projection;
    }

    public String projection() {
        return projection;
    }
}
