package edu.community.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import edu.community.contracts.community.SchoolRegistered;
import org.junit.jupiter.api.Test;

class EventContractsTest {

    @EventContract(topic = "community", name = "Misplaced", version = 1, description = "Not on an edu topic.")
    record Misplaced(String id) {
    }

    @Test
    void describes_a_contract_record() {
        ContractDescriptor contract = EventContracts.of(SchoolRegistered.class);
        assertEquals(new ContractDescriptor(SchoolRegistered.class, "edu.community.events", "community",
                "SchoolRegistered", 1, "A school was registered in the system of record."), contract);
        assertEquals("edu.community.SchoolRegistered.v1", contract.cloudEventType());
        assertEquals("urn:edu-community:contracts:edu.community.SchoolRegistered.v1", contract.schemaId());
        assertEquals("edu.community.SchoolRegistered.v1", EventContracts.cloudEventType(SchoolRegistered.class));
    }

    @Test
    void reads_name_and_version_from_a_cloud_event_type() {
        assertEquals("CommunityFormed", EventContracts.nameOf("edu.community.CommunityFormed.v12"));
        assertEquals(12, EventContracts.versionOf("edu.community.CommunityFormed.v12"));
    }

    @Test
    void rejects_a_malformed_cloud_event_type() {
        assertThrows(IllegalArgumentException.class, () -> EventContracts.nameOf("SchoolRegistered"));
        assertThrows(IllegalArgumentException.class,
                () -> EventContracts.versionOf("edu.community.SchoolRegistered.v0"));
    }

    @Test
    void rejects_a_class_that_is_no_contract() {
        assertThrows(IllegalArgumentException.class, () -> EventContracts.of(String.class));
        assertThrows(IllegalArgumentException.class, () -> EventContracts.of(Misplaced.class));
    }
}
