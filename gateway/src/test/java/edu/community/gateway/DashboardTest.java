package edu.community.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The dashboard's page, its configuration and its own Content-Security-Policy (the browser test is in system-tests). */
@QuarkusTest
@QuarkusTestResource(value = StandInServices.class, restrictToAnnotatedClass = false)
class DashboardTest {

    private static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self' http://keycloak.test:8180; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    private static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @Test
    void the_page_runs_only_its_own_files_and_connects_only_to_the_gateway_and_the_realm() {
        String page = given().when().get("/dashboard/").then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", equalTo(POLICY))
                .header("X-Frame-Options", "DENY")
                .extract().asString();
        Matcher scripts = Pattern.compile("<script([^>]*)>(.*?)</script>", Pattern.DOTALL).matcher(page);
        List<String> sources = new ArrayList<>();
        while (scripts.find()) {
            assertEquals("", scripts.group(2).strip(), "no inline script");
            Matcher src = Pattern.compile("src=\"([^\"]+)\"").matcher(scripts.group(1));
            assertFalse(!src.find() || src.group(1).contains("//"), "a script of the gateway's own: " + scripts.group(1));
            sources.add(src.group(1));
        }
        assertFalse(page.contains(" style=\""), "no inline style");
        assertEquals(List.of("/webjars/echarts/5.3.1/dist/echarts.min.js", "i18n.js", "auth.js", "dashboard.js"), sources);
        for (String source : sources) {
            String path = source.startsWith("/") ? source : "/dashboard/" + source;
            String script = given().when().get(path).then().statusCode(200).contentType(containsString("javascript"))
                    .header("Content-Security-Policy", equalTo(source.startsWith("/webjars") ? API_POLICY : POLICY))
                    .extract().asString();
            assertFalse(script.isBlank(), path);
        }
    }

    @Test
    void the_page_learns_where_to_log_in_from_the_gateway() {
        given().when().get("/dashboard/config.json").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("realm", equalTo("http://keycloak.test:8180/realms/edu"))
                .body("clientId", equalTo("edu-dashboard"));
    }

    @Test
    void without_the_trailing_slash_it_redirects_to_the_page() {
        given().redirects().follow(false).when().get("/dashboard").then().statusCode(302)
                .header("Location", "/dashboard/");
    }

    @Test
    void the_api_keeps_its_policy_and_its_token_check() {
        given().when().get("/api/v1/reports/provincial/divisions/330000").then().statusCode(401)
                .header("Content-Security-Policy", equalTo(API_POLICY));
    }
}
