package edu.community.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A helm upgrade keeps working when a release brings a new migration of the library: each service's Flyway
 * history holds two sequences (the library's 1.x and the service's 100 and up), so a library migration released
 * after the service's has run must be applied out of order, or the new pods do not start.
 */
class ServiceUpgradeTest {

    @ParameterizedTest
    @MethodSource("edu.community.k8s.ChartImagesTest#enabledServices")
    void a_service_running_the_library_migrations_applies_a_later_one_out_of_order(String service) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(Chart.read(Chart.ROOT.resolve(service).resolve("src/main/resources/application.properties"))));
        if (properties.getProperty("quarkus.flyway.locations", "").contains("db/eventsourcing")) {
            assertEquals("true", properties.getProperty("quarkus.flyway.out-of-order"), service);
        }
    }
}
