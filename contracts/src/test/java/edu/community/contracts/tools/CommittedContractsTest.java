package edu.community.contracts.tools;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import edu.community.contracts.ContractDescriptor;
import edu.community.contracts.EventCatalog;
import edu.community.contracts.EventContract;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The build check: the committed schemas and AsyncAPI document are exactly what the contracts generate, and
 * no contract has changed incompatibly or disappeared. Surefire runs it in the module directory.
 */
class CommittedContractsTest {

    private static final Path MODULE = Path.of("");
    private static final String REGENERATE = "regenerate with " + GenerateContracts.COMMAND + " and commit";

    @TestFactory
    Stream<DynamicTest> every_contract_has_its_schema_committed() {
        return GenerateContracts.contracts().stream()
                .map(contract -> dynamicTest(contract.cloudEventType(), () -> checkSchema(contract)));
    }

    private static void checkSchema(ContractDescriptor contract) throws IOException {
        Path file = GenerateContracts.schemaFile(MODULE, contract);
        if (!Files.exists(file)) {
            fail("no committed schema " + file + " for " + contract.cloudEventType() + "; generate it with "
                    + GenerateContracts.COMMAND + " and commit it");
        }
        String committed = Files.readString(file);
        String generated = ContractSchemas.json(contract);
        if (!committed.equals(generated)) {
            String incompatibility = GenerateContracts.incompatibility(contract, committed, generated);
            fail(incompatibility != null ? incompatibility
                    : "schema of " + contract.cloudEventType() + " changed compatibly; " + REGENERATE);
        }
    }

    @Test
    void asyncapi_document_is_current() throws IOException {
        Path file = MODULE.resolve(GenerateContracts.ASYNCAPI);
        assertTrue(Files.exists(file), () -> file + " is missing; " + REGENERATE);
        assertTrue(Files.readString(file).equals(AsyncApiDocument.yaml(GenerateContracts.contracts())),
                () -> file + " is stale; " + REGENERATE);
    }

    @Test
    void no_two_contracts_share_a_name_and_version() {
        Map<String, List<String>> shared = GenerateContracts.contracts().stream()
                .collect(groupingBy(contract -> contract.name() + " v" + contract.version(), TreeMap::new,
                        mapping(contract -> contract.recordClass().getName(), toList())));
        shared.values().removeIf(records -> records.size() == 1);
        assertEquals(Map.of(), shared, "contracts declaring the same name and version");
    }

    @Test
    void every_committed_schema_still_has_its_contract() throws IOException {
        Set<String> expected = GenerateContracts.contracts().stream()
                .map(contract -> contract.cloudEventType() + ".json")
                .collect(Collectors.toSet());
        List<String> orphans;
        try (Stream<Path> files = Files.list(MODULE.resolve(GenerateContracts.SCHEMAS))) {
            orphans = files.map(file -> file.getFileName().toString())
                    .filter(name -> !expected.contains(name))
                    .sorted()
                    .toList();
        }
        assertEquals(List.of(), orphans, "committed schemas without a contract in EventCatalog: removing a "
                + "published contract is incompatible; restore its record (a replacement is a new version beside it)");
    }

    @Test
    void every_contract_record_is_in_the_catalog() throws Exception {
        Path classes = Path.of(EventCatalog.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> missing;
        try (Stream<Path> files = Files.walk(classes)) {
            missing = files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> classes.relativize(file).toString().replace(".class", "").replace('/', '.'))
                    .filter(name -> isContract(name) && EventCatalog.all().stream()
                            .noneMatch(type -> type.getName().equals(name)))
                    .sorted()
                    .toList();
        }
        assertEquals(List.of(), missing, "@EventContract records missing from EventCatalog.all()");
    }

    private static boolean isContract(String className) {
        try {
            return Class.forName(className, false, EventCatalog.class.getClassLoader())
                    .isAnnotationPresent(EventContract.class);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
