package edu.community.contracts.tools;

import edu.community.contracts.ContractDescriptor;
import edu.community.contracts.EventCatalog;
import edu.community.contracts.EventContracts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code schemas/<ce-type>.json} for every contract in {@link EventCatalog} and {@code asyncapi.yaml}
 * into the contracts module directory given as the only argument. It refuses, and writes nothing, when a
 * schema would replace its committed version incompatibly. It never deletes a schema file.
 */
public final class GenerateContracts {

    /** The command that runs this generator, from the repository root. */
    static final String COMMAND = "mvn -pl contracts test-compile exec:java@generate";
    static final String SCHEMAS = "schemas";
    static final String ASYNCAPI = "asyncapi.yaml";

    private GenerateContracts() {
    }

    public static void main(String[] args) throws IOException {
        Path module = Path.of(args.length == 0 ? "." : args[0]);
        List<ContractDescriptor> contracts = contracts();
        Map<Path, String> files = new LinkedHashMap<>();
        List<String> refusals = new ArrayList<>();
        for (ContractDescriptor contract : contracts) {
            Path file = schemaFile(module, contract);
            String schema = ContractSchemas.json(contract);
            if (Files.exists(file)) {
                String refusal = incompatibility(contract, Files.readString(file), schema);
                if (refusal != null) {
                    refusals.add(refusal);
                }
            }
            files.put(file, schema);
        }
        if (!refusals.isEmpty()) {
            throw new IllegalStateException(String.join("\n", refusals));
        }
        files.put(module.resolve(ASYNCAPI), AsyncApiDocument.yaml(contracts));
        Files.createDirectories(module.resolve(SCHEMAS));
        for (Map.Entry<Path, String> file : files.entrySet()) {
            Files.writeString(file.getKey(), file.getValue());
            System.out.println("wrote " + file.getKey().normalize());
        }
    }

    static List<ContractDescriptor> contracts() {
        return EventCatalog.all().stream().map(EventContracts::of).toList();
    }

    static Path schemaFile(Path module, ContractDescriptor contract) {
        return module.resolve(SCHEMAS).resolve(contract.cloudEventType() + ".json");
    }

    /**
     * Why the generated schema of a contract may not replace the committed one, or null when it may.
     */
    static String incompatibility(ContractDescriptor contract, String committed, String generated) {
        List<String> reasons = SchemaCompatibility.breakingChanges(
                ContractSchemas.read(committed), ContractSchemas.read(generated));
        if (reasons.isEmpty()) {
            return null;
        }
        int next = contract.version() + 1;
        return "incompatible change to %s: %s; add a new version (record %sV%d with version = %d) instead"
                .formatted(contract.cloudEventType(), String.join("; ", reasons), contract.name(), next, next);
    }
}
