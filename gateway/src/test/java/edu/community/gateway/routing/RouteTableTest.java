package edu.community.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RouteTableTest {

    private final RouteTable table = new RouteTable(Map.of(
            "community-service", List.of("/api/v1/schools", "/api/v1/communities"),
            "assessment-service", List.of("/api/v1/reports", "/api/v1/reports-archive")));

    @Test
    void a_prefix_matches_itself_and_what_is_below_it_only_at_a_segment_boundary() {
        assertEquals("community-service", table.match("/api/v1/schools", null).orElseThrow().route().service());
        assertEquals("/api/v1/schools/3301060001/closure?x=1",
                table.match("/api/v1/schools/3301060001/closure", "x=1").orElseThrow().targetUri());
        assertTrue(table.match("/api/v1/schoolsX", null).isEmpty());
        assertTrue(table.match("/api/v1", null).isEmpty());
        assertEquals("assessment-service", table.match("/api/v1/reports-archive/1", null).orElseThrow().route().service());
    }

    @Test
    void each_change_feed_is_reached_by_its_service_name_and_forwarded_to_the_services_own_path() {
        RouteTable.Match feed = table.match("/api/v1/changes/assessment", "after=abc").orElseThrow();
        assertEquals("assessment-service", feed.route().service());
        assertEquals("/api/v1/changes?after=abc", feed.targetUri());
        assertTrue(table.match("/api/v1/changes", null).isEmpty(), "no service's feed is the gateway's");
    }

    @Test
    void two_services_cannot_own_one_prefix_and_prefixes_are_api_paths() {
        assertThrows(IllegalArgumentException.class, () -> new RouteTable(Map.of(
                "a-service", List.of("/api/v1/x"), "b-service", List.of("/api/v1/x"))));
        assertThrows(IllegalArgumentException.class, () -> new RouteTable(Map.of("a-service", List.of("/q/health"))));
        assertThrows(IllegalArgumentException.class, () -> new RouteTable(Map.of("a-service", List.of("/api/v1/x/"))));
    }
}
