package edu.community.eventsourcing.hostile;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.community.eventsourcing.testing.TestTokens;
import io.quarkus.test.common.http.TestHTTPResourceManager;
import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.TooManyFilterMissesException;
import net.jqwik.api.sessions.JqwikSession;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The hostile-input suite. A service adopts it with one line,
 * {@code @QuarkusTest @QuarkusTestResource(TestInfrastructure.class) class HostileInputTest extends HostileInputSuite {}},
 * and overrides {@link #prepare} when its writes need records that exist (a school to close).
 *
 * <p>It reads the service's OpenAPI document, and for every POST, PUT, PATCH and DELETE under /api sends jqwik-generated
 * hostile requests (fixed seed, {@code -Dhostile.seed} to change it) and then the valid baseline request. Every hostile
 * request must be refused with a 4xx {@code application/problem+json} that wrote nothing (no event, no idempotency
 * record, no register row), never a 5xx; an import whose only row is hostile may instead answer 200 rejecting that row.
 * The baseline must succeed, or the refusals prove nothing.
 *
 * <p>A Quarkus test does not run jqwik's {@code @Property} methods (jqwik's engine, not Jupiter's, would have to run
 * them, outside the Quarkus application), so the generators are driven here in a {@link JqwikSession} with a seeded
 * {@link Random}: the same seed sends the same requests.
 */
public abstract class HostileInputSuite {

    private static final long SEED = Long.getLong("hostile.seed", 20_261_129L);
    private static final int SAMPLES = Integer.getInteger("hostile.samples", 6);
    private static final int SHOWN_FAILURES = 25;
    private static final AtomicInteger GENERATED = new AtomicInteger();
    private static final AtomicInteger ENDPOINTS = new AtomicInteger();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Aims an endpoint's requests at records that exist now. Called again after any request that wrote. */
    protected Target prepare(Endpoint endpoint) {
        return Target.none();
    }

    /** The caller of every request: province-wide write rights, so that only the input can be refused. */
    protected String authorization() {
        return TestTokens.bearer("330000", "province-officer");
    }

    @TestFactory
    Stream<DynamicTest> every_write_endpoint_refuses_hostile_input_and_accepts_its_baseline() throws IOException {
        Sender sender = new Sender(TestHTTPResourceManager.getUri(), authorization());
        Answer document = sender.send(new HostileRequest("openapi", "GET", "/q/openapi?format=json", Map.of(),
                new byte[0], false));
        assertTrue(document.status() == 200, "the OpenAPI document: " + document);
        JsonNode openApi = JSON.readTree(document.body());
        List<Endpoint> endpoints = Endpoint.writesOf(openApi);
        assertFalse(endpoints.isEmpty(), "the OpenAPI document lists no write endpoint under /api");
        System.out.printf("hostile-input: %d write endpoints, seed %d, %d samples per category%n",
                endpoints.size(), SEED, SAMPLES);
        return endpoints.stream().map(endpoint -> DynamicTest.dynamicTest(endpoint.toString(),
                () -> run(endpoint, methodsOf(openApi, endpoint), sender)));
    }

    @AfterAll
    static void printTotal() {
        System.out.printf("hostile-input: %d generated requests in total, and %d baseline requests (seed %d)%n",
                GENERATED.get(), ENDPOINTS.get(), SEED);
    }

    private void run(Endpoint endpoint, Set<String> methods, Sender sender) throws SQLException {
        Target target = prepare(endpoint);
        Mutations mutations = new Mutations(endpoint, methods, target);
        List<Mutation> generated = generate(mutations.categories(), target,
                new Random(SEED ^ endpoint.toString().hashCode()));
        Map<String, Integer> perCategory = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        try (WriteLedger ledger = new WriteLedger(ConfigProvider.getConfig())) {
            for (Mutation mutation : generated) {
                HostileRequest request = mutation.on(target);
                String before = ledger.state();
                Answer answer = sender.send(request);
                String after = ledger.state();
                perCategory.merge(request.category().split(":")[0], 1, Integer::sum);
                String failure = judge(request, answer, before.equals(after));
                if (failure != null) {
                    failures.add(failure + "\n  " + request.describe() + "\n  answer: " + answer);
                }
                if (!before.equals(after)) {
                    target = prepare(endpoint);
                }
            }
        }
        GENERATED.addAndGet(generated.size());
        ENDPOINTS.incrementAndGet();
        System.out.printf("hostile-input: %s: %d generated requests + 1 baseline, %d failed; per category %s%n",
                endpoint, generated.size(), failures.size(), perCategory);
        failures.forEach(failure -> System.out.println("hostile-input FAILED " + endpoint + ": " + failure));

        HostileRequest baseline = mutations.requests().baseline(target);
        Answer accepted = sender.send(baseline);
        if (accepted.status() >= 300 || (endpoint.isImport() && !rowsAccepted(accepted))) {
            failures.add(0, "the baseline request was not accepted, so the refusals prove nothing\n  "
                    + baseline.describe() + "\n  answer: " + accepted);
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + (generated.size() + 1) + " requests to " + endpoint + " broke the rules "
                    + "(seed " + SEED + "):\n" + String.join("\n", failures.subList(0, Math.min(SHOWN_FAILURES,
                    failures.size()))));
        }
    }

    /** Up to SAMPLES distinct requests per category, drawn with the seeded generator. */
    private static List<Mutation> generate(Map<String, Arbitrary<Mutation>> categories, Target target, Random random) {
        JqwikSession.start();
        try {
            return draw(categories, target, random);
        } finally {
            JqwikSession.finish();
        }
    }

    private static List<Mutation> draw(Map<String, Arbitrary<Mutation>> categories, Target target, Random random) {
        List<Mutation> generated = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        categories.forEach((category, arbitrary) -> {
            RandomGenerator<Mutation> generator = arbitrary.generator(1_000);
            int kept = 0;
            try {
                for (int draw = 0; draw < SAMPLES * 4 && kept < SAMPLES; draw++) {
                    Mutation mutation = generator.next(random).value();
                    if (seen.add(mutation.on(target).identity())) {
                        generated.add(mutation);
                        kept++;
                    }
                }
            } catch (TooManyFilterMissesException e) {
                // A category whose values all read as valid for this endpoint (a CSV cell "12" is a number) has none.
            }
        });
        return generated;
    }

    private static String judge(HostileRequest request, Answer answer, boolean wroteNothing) {
        if (answer.status() >= 500) {
            return "answered " + answer.status();
        }
        if (answer.status() >= 400) {
            if (!answer.isProblem()) {
                return "a " + answer.status() + " that is not application/problem+json";
            }
            return wroteNothing ? null : "refused with " + answer.status() + " but wrote";
        }
        if (request.rowLevel() && wroteNothing && rowsRejected(answer)) {
            return null;
        }
        return "accepted with " + answer.status() + (wroteNothing ? "" : ", and wrote");
    }

    /** An import's report whose every row is REJECTED for a reason the service names (not an internal error). */
    private static boolean rowsRejected(Answer answer) {
        JsonNode rows = report(answer).path("rows");
        if (rows.isEmpty()) {
            return false;
        }
        for (JsonNode row : rows) {
            if (!"REJECTED".equals(row.path("outcome").asText()) || "internal".equals(row.path("problem").asText())) {
                return false;
            }
        }
        return true;
    }

    private static boolean rowsAccepted(Answer answer) {
        JsonNode rows = report(answer).path("rows");
        for (JsonNode row : rows) {
            if ("REJECTED".equals(row.path("outcome").asText())) {
                return false;
            }
        }
        return !rows.isEmpty();
    }

    private static JsonNode report(Answer answer) {
        try {
            return JSON.readTree(answer.body());
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }

    private static Set<String> methodsOf(JsonNode openApi, Endpoint endpoint) {
        Set<String> methods = new HashSet<>();
        openApi.path("paths").path(endpoint.path()).fieldNames()
                .forEachRemaining(method -> methods.add(method.toUpperCase(java.util.Locale.ROOT)));
        return methods;
    }
}
