package edu.community.demo;

import edu.community.reference.Divisions;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark driver of {@code benchmarks/run.sh}: a client of the public API (and, for the hops of a write's way
 * to the report, of the databases' commit times and the topic), not the services' own code. Each command prints
 * its figures as {@code M <key> <value>} lines on standard output; progress goes to standard error.
 *
 * <pre>
 * java -cp demo-province.jar edu.community.demo.BenchMain reads|writes|freshness|import|fill|rebuild|offsets [--option value]...
 * </pre>
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: BenchMain reads|writes|freshness|import|fill|rebuild [--option value]...");
        }
        Map<String, String> options = options(args);
        BenchApi api = api(options);
        switch (args[0]) {
            case "reads" -> new BenchReads(api).run(options.getOrDefault("label", "reads"),
                    List.of(options.getOrDefault("units", "330106,330100,330000").split(",")),
                    List.of(options.getOrDefault("clients", "1,8").split(",")).stream().map(Integer::parseInt).toList(),
                    integer(options, "requests", 400), integer(options, "warmup", 100));
            case "writes" -> new BenchWrites(api).run(integer(options, "clients", 8), integer(options, "seconds", 20),
                    integer(options, "code-base", 100_000));
            case "import" -> new BenchWrites(api).importSchools(integer(options, "count", 6000),
                    integer(options, "code-base", 20_000));
            case "freshness" -> new BenchFreshness(api, options.get("bootstrap"), options.get("community-jdbc"),
                    options.get("assessment-jdbc"), options.getOrDefault("jdbc-user", "edu"),
                    options.getOrDefault("jdbc-password", "local-edu"))
                    .run(options.getOrDefault("label", "fresh"), integer(options, "rate", 100), integer(options, "seconds", 30), integer(options, "code-base", 0),
                            integer(options, "sample-every", 20));
            case "fill" -> new BenchTopicFill(options.get("bootstrap")).fill(integer(options, "schools", 200_000),
                    Long.parseLong(options.getOrDefault("target-events", "1000000")));
            case "rebuild" -> new BenchRebuild(api).run(Duration.ofMinutes(integer(options, "limit-minutes", 30)));
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }

    /** A figure for benchmarks/run.sh. */
    static void figure(String key, double value) {
        System.out.printf(Locale.ROOT, "M %s %.3f%n", key, value);
        System.out.flush();
    }

    /** The counties of Zhejiang (330000) in the reference data, in code order: where the benchmark writes. */
    static List<String> zhejiangCounties() {
        Divisions divisions = Divisions.gbT2260();
        List<String> counties = new ArrayList<>();
        for (String city : divisions.childrenOf("330000")) {
            divisions.childrenOf(city).stream().filter(divisions::isCounty).forEach(counties::add);
        }
        return counties.stream().sorted().toList();
    }

    /**
     * A school code no demo school has (the demo numbers a county's schools from 0001): the n-th benchmark code is in
     * county n mod 90, numbered from 1000, so every phase given its own range of n writes new schools.
     */
    static String schoolCode(List<String> counties, int n) {
        int number = 1000 + n / counties.size();
        if (number > 9999) {
            throw new IllegalArgumentException("school code number " + n + " is beyond the benchmark's range");
        }
        return counties.get(n % counties.size()) + String.format("%04d", number);
    }

    private static BenchApi api(Map<String, String> options) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        AccessTokens tokens = new AccessTokens(http, URI.create(options.getOrDefault("token-url",
                "http://localhost:8180/realms/edu/protocol/openid-connect/token")),
                options.getOrDefault("client-id", "provincial-emis"),
                System.getenv().getOrDefault("EDU_CLIENT_SECRET", "local-only-provincial-emis-secret"));
        return new BenchApi(http, tokens, URI.create(options.getOrDefault("community-url", "http://localhost:8081")),
                URI.create(options.getOrDefault("assessment-url", "http://localhost:8084")));
    }

    private static int integer(Map<String, String> options, String name, int fallback) {
        return options.containsKey(name) ? Integer.parseInt(options.get(name)) : fallback;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --option value pairs, got " + String.join(" ", args));
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }
}
