package edu.community.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.community.systemtests.Matrix.Caller;
import edu.community.systemtests.Matrix.Place;
import edu.community.systemtests.Matrix.Row;
import edu.community.systemtests.WriteEndpoints.Call;
import edu.community.systemtests.WriteEndpoints.Endpoint;
import edu.community.systemtests.WriteEndpoints.Needs;
import edu.community.systemtests.WriteEndpoints.Site;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The authorization matrix (authorization-matrix.csv): every write endpoint of every service, called through the
 * gateway by every caller of realm edu with a token of the real Keycloak, inside and outside its division (and its
 * school), answers as the matrix says; the matrix lists every write endpoint of the services' OpenAPI documents, and
 * gateway/README.md shows it.
 */
class AuthorizationMatrixTest {

    private static final List<String> SERVICES = List.of("community-service", "staffing-service", "exchange-service",
            "assessment-service");
    private static final Path ROOT = Path.of(System.getProperty("edu.repository.root", "..")).toAbsolutePath().normalize();
    private static final Path README = Path.of(System.getProperty("edu.gateway.readme",
            ROOT.resolve("gateway/README.md").toString()));
    static final String TABLE_START = "<!-- authorization-matrix: generated from system-tests/src/test/resources/"
            + "authorization-matrix.csv; AuthorizationMatrixTest fails when it differs -->";
    static final String TABLE_END = "<!-- end of authorization-matrix -->";
    private static final Duration PROPAGATION_LIMIT = Duration.ofMinutes(3);
    private static final int PARALLEL = 6;

    /** One cell: an endpoint, a caller, one of its places, and the answer the matrix expects. */
    private record Cell(Row row, Caller caller, Place place, String expected) {

        @Override
        public String toString() {
            return row.key() + " as " + caller.name() + " " + place.label();
        }
    }

    @Test
    void the_matrix_lists_every_write_endpoint_of_the_services_openapi_documents() throws IOException {
        TreeSet<String> documented = new TreeSet<>();
        ObjectMapper json = new ObjectMapper();
        for (String service : SERVICES) {
            Path document = ROOT.resolve(service).resolve("target/openapi/openapi.json");
            assertTrue(Files.isRegularFile(document), document + " is missing: package the services first");
            for (Map.Entry<String, JsonNode> path : json.readTree(document.toFile()).path("paths").properties()) {
                for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                    if (List.of("post", "put", "patch", "delete").contains(operation.getKey())) {
                        documented.add(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
                    }
                }
            }
        }
        TreeSet<String> inMatrix = Matrix.rows().stream().map(Row::key).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(documented, inMatrix, "authorization-matrix.csv must list exactly the write endpoints of the "
                + "services' OpenAPI documents (a new endpoint needs its row)");
        assertEquals(inMatrix, new TreeSet<>(WriteEndpoints.ALL.keySet()),
                "WriteEndpoints must say how to call every endpoint of the matrix");
    }

    @Test
    void the_gateway_readme_shows_the_matrix() throws IOException {
        String expected = TABLE_START + "\n\n" + Matrix.markdown(Matrix.rows()) + "\n" + TABLE_END;
        String readme = Files.readString(README);
        int start = readme.indexOf(TABLE_START);
        int end = readme.indexOf(TABLE_END);
        String shown = start < 0 || end < start ? "(no generated table)" : readme.substring(start, end + TABLE_END.length());
        if (!shown.equals(expected)) {
            System.out.println("The section \"Authorization matrix\" of gateway/README.md must hold:\n\n" + expected);
        }
        assertEquals(expected, shown, "gateway/README.md's authorization matrix differs from authorization-matrix.csv; "
                + "the expected text is printed above");
    }

    @Test
    void every_write_answers_every_caller_as_the_matrix_says() throws Exception {
        RunningSystem system = RunningSystem.shared();
        Api api = new Api(system);
        Fixtures fixtures = new Fixtures(api);
        List<Cell> cells = new ArrayList<>();
        for (Row row : Matrix.rows()) {
            for (Caller caller : Matrix.CALLERS) {
                for (int i = 0; i < caller.places().size(); i++) {
                    cells.add(new Cell(row, caller, caller.places().get(i), row.outcomes().get(caller.name()).get(i)));
                }
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            Instant started = Instant.now();
            fixtures.ownSchool();
            List<Site> sites = all(pool, cells.stream().<Supplier<Site>>map(cell -> () -> site(fixtures, cell)).toList());
            Instant sitesReady = Instant.now();
            System.out.printf("Authorization matrix: %d sites in %d s%n", sites.size(),
                    Duration.between(started, sitesReady).toSeconds());
            awaitPropagation(api, fixtures);
            Instant propagated = Instant.now();
            System.out.printf("Authorization matrix: propagated in %d s%n", Duration.between(sitesReady, propagated).toSeconds());

            List<Supplier<String>> first = new ArrayList<>();
            List<Supplier<String>> last = new ArrayList<>();
            for (int i = 0; i < cells.size(); i++) {
                Cell cell = cells.get(i);
                Site site = sites.get(i);
                Endpoint endpoint = WriteEndpoints.ALL.get(cell.row().key());
                boolean closesOwnSchool = endpoint.closesItsSchool() && cell.place().ownSchool();
                (closesOwnSchool ? last : first).add(() -> {
                    String mismatch = run(api, fixtures, cell, endpoint, site);
                    if (closesOwnSchool) {
                        // Open again for whatever runs later; a cell that reopened it itself is a mismatch already.
                        api.json(Fixtures.WRITER, "POST", "/api/v1/schools/" + site.a() + "/reopening",
                                Map.of("effectiveDate", "2026-09-01"));
                    }
                    return mismatch;
                });
            }
            List<String> mismatches = new ArrayList<>(all(pool, first));
            for (Supplier<String> cell : last) {
                mismatches.add(cell.get());
            }
            mismatches.removeIf(Objects::isNull);
            System.out.printf("Authorization matrix: %d cells in %d s%n", cells.size(),
                    Duration.between(propagated, Instant.now()).toSeconds());
            assertTrue(mismatches.isEmpty(), () -> mismatches.size() + " cells answer otherwise than the matrix says:\n"
                    + String.join("\n", mismatches));
        } finally {
            pool.shutdownNow();
        }
    }

    /** The cell's records, its request as its caller, and how the answer differs from the expected one (or null). */
    private static String run(Api api, Fixtures fixtures, Cell cell, Endpoint endpoint, Site site) {
        Call call;
        try {
            call = endpoint.prepare().apply(site, fixtures);
        } catch (RuntimeException e) {
            return cell + ": its fixtures failed: " + e.getMessage();
        }
        Api.Answer answer = api.send(cell.caller().name(), call.method(), call.path(), call.body(), call.contentType());
        String outcome = Outcomes.of(answer, call.path().endsWith("/import"));
        return outcome.equals(cell.expected()) ? null
                : cell + ": expected " + cell.expected() + ", got " + outcome + " — " + answer.status() + " "
                + abbreviate(answer.body());
    }

    private static Site site(Fixtures f, Cell cell) {
        Needs needs = WriteEndpoints.ALL.get(cell.row().key()).needs();
        String county = cell.place().county();
        String a = cell.place().ownSchool() ? Fixtures.OWN_SCHOOL : null;
        if (needs == Needs.NOTHING) {
            return new Site(county, a, null, null, null);
        }
        if (a == null) {
            a = f.school(county, "URBAN");
        }
        if (needs == Needs.SCHOOL) {
            return new Site(county, a, null, null, null);
        }
        String b = f.school(county, "RURAL");
        if (needs == Needs.TWO_SCHOOLS) {
            return new Site(county, a, b, null, null);
        }
        if (needs == Needs.COMMUNITY) {
            return new Site(county, a, b, null, f.community(a, List.of(b)));
        }
        String d = f.school(county, "RURAL");
        return new Site(county, a, b, d, f.community(a, List.of(b, d)));
    }

    /**
     * Waits until staffing, exchange and assessment have consumed every community event written so far: a sentinel
     * community and a school registered after it are written last, and each topic has one partition (the test
     * broker's default), so a service that knows them knows everything before them.
     */
    static void awaitPropagation(Api api, Fixtures fixtures) {
        String core = fixtures.school("330106", "URBAN");
        String member = fixtures.school("330106", "RURAL");
        String community = fixtures.community(core, List.of(member));
        String after = fixtures.school("330106", "RURAL");
        Instant deadline = Instant.now().plus(PROPAGATION_LIMIT);
        for (String read : List.of("/api/v1/staff/figures/schools/" + after + "?asOf=2026-09-01",
                "/api/v1/figures/communities/" + community + "?term=2026-AUTUMN&asOf=2026-09-01",
                "/api/v1/reports/provincial/communities/" + community + "?asOf=2026-09-01")) {
            Api.Answer answer = api.get(Fixtures.WRITER, read);
            while (answer.status() != 200) {
                if (answer.status() != 404 || Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("the community events did not reach " + read + " within "
                            + PROPAGATION_LIMIT + ": " + answer.status() + " " + answer.body());
                }
                pause();
                answer = api.get(Fixtures.WRITER, read);
            }
        }
    }

    static <T> List<T> all(ExecutorService pool, List<Supplier<T>> tasks) {
        List<CompletableFuture<T>> futures = tasks.stream().map(task -> CompletableFuture.supplyAsync(task, pool)).toList();
        return futures.stream().map(CompletableFuture::join).toList();
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
