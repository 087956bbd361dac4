package edu.community.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads a demo province into a running system — schools and communities, then the teacher flows, synchronous
 * classrooms and activities of one school year and a published assessment round — and prints the provincial
 * report's headline figures.
 *
 * <pre>
 * java -jar tools/demo/target/demo-province.jar [--province 330000 | --province all] [--schools 5400]
 *      [--seed 2026] [--concurrency 4] [--flows 1] [--division 330000] [--school-year 2026]
 *      [--community-url http://localhost:8081] [--staffing-url http://localhost:8082]
 *      [--exchange-url http://localhost:8083] [--assessment-url http://localhost:8084]
 *      [--token-url …/protocol/openid-connect/token] [--client-id provincial-emis] [--client-secret …]
 * </pre>
 * {@code --province all} takes every province of the reference data (with {@code --schools 200000}: a
 * national-size run). {@code --flows} is the share of the communities of {@code --division} (the division the
 * client writes in) that get flows, 0 for none; {@code --school-year} defaults to the latest whose flows (1
 * September to 31 October) lie wholly in the past. The client secret may also come from {@code EDU_CLIENT_SECRET}.
 */
public final class DemoMain {

    private DemoMain() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        String province = options.getOrDefault("province", "330000");
        List<String> provinces = province.equals("all") ? DemoProvince.allProvinces() : List.of(province);
        int schools = Integer.parseInt(options.getOrDefault("schools", province.equals("all") ? "200000" : "5400"));
        long seed = Long.parseLong(options.getOrDefault("seed", "2026"));
        int concurrency = Integer.parseInt(options.getOrDefault("concurrency", "4"));
        String division = options.getOrDefault("division", "330000");
        double share = Double.parseDouble(options.getOrDefault("flows", "1"));
        int schoolYear = Integer.parseInt(options.getOrDefault("school-year",
                Integer.toString(DemoFlows.completedSchoolYear(LocalDate.now(DemoFlows.CHINA)))));
        URI assessmentUrl = URI.create(options.getOrDefault("assessment-url", "http://localhost:8084"));
        DemoProvince demo = DemoProvince.generate(provinces, schools, seed);
        System.err.printf("demo: %d schools and %d communities in %d province(s), seed %d%n",
                demo.schools().size(), demo.communities().size(), provinces.size(), seed);

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String secret = options.getOrDefault("client-secret", System.getenv().getOrDefault("EDU_CLIENT_SECRET",
                "local-only-provincial-emis-secret"));
        AccessTokens tokens = new AccessTokens(http, URI.create(options.getOrDefault("token-url",
                "http://localhost:8180/realms/edu/protocol/openid-connect/token")),
                options.getOrDefault("client-id", "provincial-emis"), secret);
        long started = System.nanoTime();
        Map<String, Long> outcomes = new DemoLoader(http, URI.create(options.getOrDefault("community-url",
                "http://localhost:8081")), tokens, concurrency).load(demo);
        System.err.printf("demo: schools and communities loaded in %.1f s: %s%n", (System.nanoTime() - started) / 1e9,
                outcomes);

        Headline headline = new Headline(http, assessmentUrl, tokens);
        Map<String, Map<String, Long>> expected = new LinkedHashMap<>();
        for (String code : provinces) {
            String prefix = code.substring(0, 2);
            long inProvince = demo.schools().stream().filter(school -> school.code().startsWith(prefix)).count();
            long formed = demo.communities().stream().filter(community -> community.core().startsWith(prefix)).count();
            expected.put(code, new LinkedHashMap<>(Map.of("schools.total", inProvince, "communities.total", formed)));
            headline.await(code, schoolYear, expected.get(code), Duration.ofMinutes(2));
        }

        List<RoundLoader.Place> top = List.of();
        DemoFlows flows = DemoFlows.plan(demo, seed, schoolYear, division, share);
        if (!flows.communities().isEmpty()) {
            System.err.printf("demo: flows of school year %d in %s: %d communities, %d postings, %d lessons held, "
                    + "%d activities%n", schoolYear, division, flows.communities().size(), flows.postings(),
                    flows.lessonsHeld(), flows.activities());
            ApiCalls api = new ApiCalls(http, tokens);
            long flowsStarted = System.nanoTime();
            Map<String, Long> flowOutcomes = new FlowLoader(api, URI.create(options.getOrDefault("staffing-url",
                    "http://localhost:8082")), URI.create(options.getOrDefault("exchange-url", "http://localhost:8083")),
                    concurrency, seed).load(flows);
            System.err.printf("demo: flows loaded in %.1f s: %s%n", (System.nanoTime() - flowsStarted) / 1e9, flowOutcomes);
            Map<String, Long> flowFigures = expected.computeIfAbsent(division, any -> new LinkedHashMap<>());
            flowFigures.put("postings.started", flows.postings());
            flowFigures.put("sync.lessons", flows.lessonsHeld());
            flowFigures.put("activities.held", flows.activities());
            JsonNode figures = headline.await(division, schoolYear, flowFigures, Duration.ofMinutes(5));
            if (flowFigures.entrySet().stream().anyMatch(figure -> figures.path(figure.getKey()).asLong() < figure.getValue())) {
                throw new IllegalStateException("the report has not caught up with the flows: the round is not "
                        + "published (run the demo again)");
            }
            RoundLoader round = new RoundLoader(api, assessmentUrl, seed);
            System.err.printf("demo: assessment round of %s as of %s: %s%n", division, flows.lastDay(),
                    round.publish(division, schoolYear, flows.lastDay()));
            top = round.top(division, schoolYear, 3);
        }
        System.err.printf("demo: done in %.1f s%n", (System.nanoTime() - started) / 1e9);
        for (Map.Entry<String, Map<String, Long>> unit : expected.entrySet()) {
            JsonNode figures = headline.await(unit.getKey(), schoolYear, unit.getValue(), Duration.ofMinutes(2));
            headline.print(unit.getKey(), schoolYear, figures, unit.getKey().equals(division) ? top : List.of(),
                    System.out);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --option value pairs, got " + String.join(" ", args));
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }
}
