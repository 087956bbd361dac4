package edu.community.contracts;

/**
 * An event contract as declared by its {@link EventContract} annotation, with the names derived from it.
 *
 * @param recordClass the record whose JSON form is the event data
 * @param topic       the topic it is published on, e.g. {@code edu.community.events}
 * @param service     the publishing service: the middle part of the topic, e.g. {@code community}
 * @param name        the event name without version, e.g. {@code SchoolRegistered}
 * @param version     the schema version, from 1
 * @param description what the event says happened
 */
public record ContractDescriptor(
        Class<? extends Record> recordClass,
        String topic,
        String service,
        String name,
        int version,
        String description) {

    /** The CloudEvents type {@code edu.<service>.<name>.v<version>}, e.g. {@code edu.community.SchoolRegistered.v1}. */
    public String cloudEventType() {
        return "edu." + service + "." + name + ".v" + version;
    }

    /** The JSON Schema {@code $id}, e.g. {@code urn:edu-community:contracts:edu.community.SchoolRegistered.v1}. */
    public String schemaId() {
        return "urn:edu-community:contracts:" + cloudEventType();
    }
}
