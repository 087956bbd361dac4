package edu.community.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A generated education community (教共体): a core school and its members, formed on a date. Its id is derived
 * from the generator's seed, so loading the same province again forms nothing twice.
 */
record DemoCommunity(UUID id, String name, String model, String groupType, String core, List<String> members,
                     LocalDate formedOn) {

    boolean crossesCounty() {
        return members.stream().anyMatch(member -> !member.substring(0, 6).equals(core.substring(0, 6)));
    }
}
