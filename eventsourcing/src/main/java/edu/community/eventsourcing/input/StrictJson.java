package edu.community.eventsourcing.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The one strict JSON mapping of every service's requests: no trailing tokens, no duplicate or unknown
 * properties, no scalar coercion, enums by exact name, dates as ISO local dates in a window, finite decimals,
 * checked text ({@link TextRules}) and bounded lists. Runs after every other customizer so that it has the last word.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** The input shapes that Jackson could otherwise coerce into each kind of value. */
    private static final Map<LogicalType, List<CoercionInputShape>> COERCIONS = Map.of(
            LogicalType.Integer, List.of(CoercionInputShape.String, CoercionInputShape.Float,
                    CoercionInputShape.Boolean, CoercionInputShape.EmptyString),
            LogicalType.Float, List.of(CoercionInputShape.String, CoercionInputShape.Boolean,
                    CoercionInputShape.EmptyString),
            LogicalType.Boolean, List.of(CoercionInputShape.String, CoercionInputShape.Integer,
                    CoercionInputShape.Float, CoercionInputShape.EmptyString),
            LogicalType.Textual, List.of(CoercionInputShape.Integer, CoercionInputShape.Float,
                    CoercionInputShape.Boolean),
            LogicalType.Enum, List.of(CoercionInputShape.Integer, CoercionInputShape.EmptyString),
            LogicalType.DateTime, List.of(CoercionInputShape.Integer, CoercionInputShape.Float,
                    CoercionInputShape.EmptyString),
            LogicalType.OtherScalar, List.of(CoercionInputShape.Integer, CoercionInputShape.Float,
                    CoercionInputShape.Boolean, CoercionInputShape.EmptyString));

    private final StrictInputConfig config;
    private final Clock clock;

    @Inject
    public StrictJson(StrictInputConfig config) {
        this(config, Clock.systemDefaultZone());
    }

    StrictJson(StrictInputConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT, DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL, DeserializationFeature.READ_ENUMS_USING_TO_STRING);
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.configure(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS, false);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        COERCIONS.forEach((type, shapes) -> {
            shapes.forEach(shape -> mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail));
            mapper.coercionConfigFor(type).setAcceptBlankAsEmpty(false);
        });
        mapper.registerModule(new SimpleModule("strict-input")
                .addDeserializer(String.class, new StrictStrings(config.maxStringLength()))
                .addDeserializer(LocalDate.class,
                        new StrictDates(config.earliestDate(), config.latestDateYearsAhead(), clock))
                .addDeserializer(Double.class, new FiniteDoubles(false))
                .addDeserializer(Double.TYPE, new FiniteDoubles(true))
                .setDeserializerModifier(new BoundedSizes(config.maxListSize())));
    }

    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }
}
