package edu.community.community.application;

import edu.community.community.domain.DivisionDirectory;
import edu.community.reference.Divisions;
import jakarta.enterprise.context.ApplicationScoped;

/** The GB/T 2260 county-level divisions of the reference module. */
@ApplicationScoped
public class ReferenceDivisions implements DivisionDirectory {

    private final Divisions divisions = Divisions.gbT2260();

    @Override
    public boolean isCounty(String code) {
        return divisions.isCounty(code);
    }
}
