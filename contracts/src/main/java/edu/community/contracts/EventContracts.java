package edu.community.contracts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@link EventContract} of a record, and the name and version out of a CloudEvents type
 * {@code edu.<service>.<Name>.v<version>}. Parsing a type does not need the contract to be in this build,
 * so older versions can be recognised and upcast.
 */
public final class EventContracts {

    private static final Pattern TOPIC = Pattern.compile("edu\\.([a-z][a-z0-9-]*)\\.(events|reports)");
    private static final Pattern NAME = Pattern.compile("[A-Z][A-Za-z0-9]*");
    private static final Pattern TYPE = Pattern.compile("edu\\.[a-z][a-z0-9-]*\\.([A-Z][A-Za-z0-9]*)\\.v([1-9][0-9]*)");

    private static final ClassValue<ContractDescriptor> DESCRIPTORS = new ClassValue<>() {
        @Override
        protected ContractDescriptor computeValue(Class<?> type) {
            return describe(type);
        }
    };

    private EventContracts() {
    }

    /**
     * The contract of an event record.
     *
     * @throws IllegalArgumentException if the class is not a record annotated with a well-formed {@link EventContract}
     */
    public static ContractDescriptor of(Class<?> recordClass) {
        return DESCRIPTORS.get(recordClass);
    }

    /** The CloudEvents type of an event record, e.g. {@code edu.community.SchoolRegistered.v1}. */
    public static String cloudEventType(Class<?> recordClass) {
        return of(recordClass).cloudEventType();
    }

    /** The event name in a CloudEvents type: {@code SchoolRegistered} in {@code edu.community.SchoolRegistered.v1}. */
    public static String nameOf(String cloudEventType) {
        return parse(cloudEventType).group(1);
    }

    /** The version in a CloudEvents type: {@code 1} in {@code edu.community.SchoolRegistered.v1}. */
    public static int versionOf(String cloudEventType) {
        return Integer.parseInt(parse(cloudEventType).group(2));
    }

    private static Matcher parse(String cloudEventType) {
        Matcher matcher = TYPE.matcher(cloudEventType);
        if (!matcher.matches()) {
            throw new IllegalArgumentException(
                    "not an event type of the form edu.<service>.<Name>.v<version>: " + cloudEventType);
        }
        return matcher;
    }

    private static ContractDescriptor describe(Class<?> type) {
        EventContract contract = type.getAnnotation(EventContract.class);
        if (contract == null || !type.isRecord()) {
            throw new IllegalArgumentException(type.getName() + " is not a record annotated with @EventContract");
        }
        Matcher topic = TOPIC.matcher(contract.topic());
        if (!topic.matches()) {
            throw new IllegalArgumentException(
                    type.getName() + ": topic must be edu.<service>.events or edu.<service>.reports, not " + contract.topic());
        }
        if (!NAME.matcher(contract.name()).matches()) {
            throw new IllegalArgumentException(
                    type.getName() + ": name must be UpperCamelCase, not " + contract.name());
        }
        if (contract.version() < 1) {
            throw new IllegalArgumentException(
                    type.getName() + ": version must be 1 or more, not " + contract.version());
        }
        return new ContractDescriptor(type.asSubclass(Record.class), contract.topic(), topic.group(1),
                contract.name(), contract.version(), contract.description());
    }
}
