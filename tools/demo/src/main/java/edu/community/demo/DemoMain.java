package edu.community.demo;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads a demo province into a running system and prints the provincial report's headline figures.
 *
 * <pre>
 * java -jar tools/demo/target/demo-province.jar [--province 330000 | --province all] [--schools 5400]
 *      [--seed 2026] [--concurrency 4] [--community-url http://localhost:8081]
 *      [--assessment-url http://localhost:8084] [--token-url …/protocol/openid-connect/token]
 *      [--client-id provincial-emis] [--client-secret …]
 * </pre>
 * {@code --province all} takes every province of the reference data (with {@code --schools 200000}: a
 * national-size run). The client secret may also come from {@code EDU_CLIENT_SECRET}.
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
                "http://localhost:8081")), tokens, Integer.parseInt(options.getOrDefault("concurrency", "4"))).load(demo);
        System.err.printf("demo: loaded in %.1f s: %s%n", (System.nanoTime() - started) / 1e9, outcomes);

        Headline headline = new Headline(http, URI.create(options.getOrDefault("assessment-url", "http://localhost:8084")),
                tokens);
        for (String code : provinces) {
            String prefix = code.substring(0, 2);
            long inProvince = demo.schools().stream().filter(school -> school.code().startsWith(prefix)).count();
            long formed = demo.communities().stream().filter(community -> community.core().startsWith(prefix)).count();
            headline.print(code, inProvince, formed, Duration.ofMinutes(2), System.out);
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
