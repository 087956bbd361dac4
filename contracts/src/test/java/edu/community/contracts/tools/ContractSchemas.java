package edu.community.contracts.tools;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.MemberScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfig;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import edu.community.contracts.ContractDescriptor;
import edu.community.contracts.Optional;
import java.lang.reflect.RecordComponent;
import java.util.Comparator;

/**
 * Generates the JSON Schema (draft 2020-12) of a contract record. Properties are the record components in
 * declaration order, named and described as Jackson writes them; every one is required unless it is
 * {@link Optional}; nested records are inlined; enums list their constants; {@code LocalDate} is a
 * {@code date} string and {@code Instant} or {@code OffsetDateTime} a {@code date-time} string.
 */
final class ContractSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectWriter PRETTY = JSON.writer(new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));
    private static final SchemaGenerator GENERATOR = new SchemaGenerator(config());

    private ContractSchemas() {
    }

    /** The schema of a contract, with its {@code $id}, title and description. */
    static ObjectNode schemaOf(ContractDescriptor contract) {
        ObjectNode generated = GENERATOR.generateSchema(contract.recordClass());
        ObjectNode schema = JSON.createObjectNode();
        schema.set("$schema", generated.remove("$schema"));
        schema.put("$id", contract.schemaId());
        schema.put("title", contract.name() + " v" + contract.version());
        schema.put("description", contract.description());
        schema.setAll(generated);
        return schema;
    }

    /** The schema file content: indented JSON ending with a newline. */
    static String json(ContractDescriptor contract) {
        try {
            return PRETTY.writeValueAsString(schemaOf(contract)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parses schema file content. */
    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static SchemaGeneratorConfig config() {
        SchemaGeneratorConfigBuilder builder = new SchemaGeneratorConfigBuilder(
                SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                .with(new JacksonModule(
                        JacksonOption.FLATTENED_ENUMS_FROM_JSONVALUE, JacksonOption.FLATTENED_ENUMS_FROM_JSONPROPERTY))
                .with(Option.INLINE_ALL_SCHEMAS, Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES);
        builder.forFields().withRequiredCheck(field -> !isOptional(field));
        builder.forTypesInGeneral().withPropertySorter(Comparator.comparingInt(ContractSchemas::position));
        return builder.build();
    }

    private static boolean isOptional(FieldScope field) {
        boolean optional = field.getAnnotation(Optional.class) != null;
        if (optional && field.getType().isPrimitive()) {
            throw new IllegalStateException(field.getDeclaringType().getErasedType().getName() + "."
                    + field.getDeclaredName() + ": a primitive component cannot be @Optional; use its boxed type");
        }
        return optional;
    }

    /** Index of the member among its record's components: properties keep the declaration order. */
    private static int position(MemberScope<?, ?> member) {
        Class<?> type = member.getDeclaringType().getErasedType();
        RecordComponent[] components = type.getRecordComponents();
        if (components == null) {
            throw new IllegalStateException(type.getName() + " is not a record; event data is made of records");
        }
        for (int i = 0; i < components.length; i++) {
            if (components[i].getName().equals(member.getDeclaredName())) {
                return i;
            }
        }
        throw new IllegalStateException(member + " is not a component of " + type.getName());
    }
}
