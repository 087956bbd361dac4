package edu.community.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.community.eventsourcing.testing.RealmKeycloak;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The realm as Keycloak serves it: deploy/keycloak/edu-realm.json imported into a real Keycloak, every demo user and
 * every client-credentials client gets a token that the gateway accepts and that carries the roles, division and
 * school the realm file gives it and the audience edu-api; a token of another realm is refused; the dashboard's
 * client is public and takes only the code flow with PKCE.
 */
@QuarkusTest
@TestProfile(RealmTokensTest.RealKeycloak.class)
@QuarkusTestResource(value = StandInServices.class, restrictToAnnotatedClass = false)
class RealmTokensTest {

    /** Runs the gateway against the real Keycloak of {@link RealmKeycloak} instead of a test key. */
    public static class RealKeycloak implements QuarkusTestProfile {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ROLES_OF_DESIGN = Set.of("province-officer", "city-officer", "county-officer",
            "school-officer", "assessor", "analyst");

    private final JsonNode realm = read(Path.of(System.getProperty("edu.realm.file")));
    private final String keycloak = System.getProperty(RealmKeycloak.URL_PROPERTY);

    @Test
    void every_demo_user_gets_a_token_the_gateway_accepts_with_the_claims_of_the_realm_file() {
        Set<String> rolesWithUsers = new TreeSet<>();
        for (JsonNode user : realm.get("users")) {
            if (!user.has("credentials")) {
                continue;
            }
            String username = user.get("username").asText();
            String token = token("grant_type", "password", "client_id", "edu-cli", "username", username,
                    "password", user.at("/credentials/0/value").asText());
            JsonNode claims = claims(token);
            assertClaims(username, claims, user.at("/attributes/division/0").asText(),
                    user.at("/attributes/school/0").asText(null), strings(user.get("realmRoles")));
            rolesWithUsers.addAll(strings(user.get("realmRoles")));
            throughTheGateway(token);
        }
        assertTrue(rolesWithUsers.containsAll(ROLES_OF_DESIGN), "a demo user per role of DESIGN: " + rolesWithUsers);
    }

    @Test
    void every_client_credentials_client_gets_a_token_the_gateway_accepts_with_its_division_and_roles() {
        List<String> clients = new ArrayList<>();
        for (JsonNode client : realm.get("clients")) {
            if (!client.path("serviceAccountsEnabled").asBoolean()) {
                continue;
            }
            String id = client.get("clientId").asText();
            clients.add(id);
            String token = token("grant_type", "client_credentials", "client_id", id,
                    "client_secret", client.get("secret").asText());
            JsonNode account = serviceAccount(id);
            String division = account != null ? account.at("/attributes/division/0").asText()
                    : mapper(client, "oidc-hardcoded-claim-mapper", "division").at("/config/claim.value").asText();
            List<String> roles = new ArrayList<>();
            if (account != null) {
                roles.addAll(strings(account.get("realmRoles")));
            }
            client.get("protocolMappers").forEach(m -> {
                if (m.get("protocolMapper").asText().equals("oidc-hardcoded-role-mapper")) {
                    roles.add(m.at("/config/role").asText());
                }
            });
            assertClaims(id, claims(token), division, null, roles);
            throughTheGateway(token);
        }
        assertTrue(clients.containsAll(List.of("provincial-emis", "county-emis-330106", "analytics-platform")),
                "one client per kind of external system: " + clients);
    }

    @Test
    void a_token_of_another_realm_is_refused() {
        String master = given().baseUri(keycloak).formParams("grant_type", "password", "client_id", "admin-cli",
                        "username", "admin", "password", System.getProperty(RealmKeycloak.ADMIN_PASSWORD_PROPERTY))
                .when().post("/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().jsonPath().getString("access_token");
        RoutingTest.problem(given().header("Authorization", "Bearer " + master).when().get("/api/v1/schools").then(),
                401, "unauthenticated");
    }

    @Test
    void the_dashboard_client_is_public_and_takes_only_the_code_flow_with_pkce() {
        given().baseUri(keycloak).formParams("grant_type", "password", "client_id", "edu-dashboard",
                        "username", "analyst", "password", "local-analyst")
                .when().post("/realms/edu/protocol/openid-connect/token")
                .then().statusCode(400).body("error", equalTo("unauthorized_client"));
        String authorize = "/realms/edu/protocol/openid-connect/auth";
        Map<String, String> request = Map.of("client_id", "edu-dashboard", "response_type", "code", "scope", "openid",
                "redirect_uri", "http://localhost:8080/dashboard/");
        given().baseUri(keycloak).redirects().follow(false).queryParams(request).when().get(authorize)
                .then().statusCode(302).header("Location", containsString("error=invalid_request"));
        given().baseUri(keycloak).redirects().follow(false).queryParams(request)
                .queryParam("code_challenge_method", "S256")
                .queryParam("code_challenge", "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM")
                .when().get(authorize)
                .then().statusCode(200).body(containsString("kc-form-login"));
    }

    private void throughTheGateway(String token) {
        given().header("Authorization", "Bearer " + token).when().get("/api/v1/schools")
                .then().statusCode(200).body("service", equalTo("community-service"));
    }

    private static void assertClaims(String who, JsonNode claims, String division, String school, List<String> roles) {
        assertTrue(audience(claims).contains("edu-api"), who + ": audience edu-api, was " + claims.get("aud"));
        assertEquals(division, claims.path("division").asText(null), who + ": division");
        assertEquals(school, claims.path("school").asText(null), who + ": school");
        List<String> granted = strings(claims.at("/realm_access/roles"));
        assertTrue(granted.containsAll(roles), who + ": roles " + roles + " in " + granted);
    }

    private String token(String... form) {
        Object[] rest = new Object[form.length - 2];
        System.arraycopy(form, 2, rest, 0, rest.length);
        return given().baseUri(keycloak).formParams(form[0], form[1], rest)
                .when().post("/realms/edu/protocol/openid-connect/token")
                .then().statusCode(200).extract().jsonPath().getString("access_token");
    }

    private JsonNode serviceAccount(String clientId) {
        for (JsonNode user : realm.get("users")) {
            if (clientId.equals(user.path("serviceAccountClientId").asText(null))) {
                return user;
            }
        }
        return null;
    }

    private static JsonNode mapper(JsonNode client, String type, String name) {
        for (JsonNode m : client.get("protocolMappers")) {
            if (m.get("protocolMapper").asText().equals(type) && m.at("/config/claim.name").asText().equals(name)) {
                return m;
            }
        }
        throw new AssertionError(client.get("clientId") + " has no " + type + " for " + name);
    }

    private static List<String> audience(JsonNode claims) {
        JsonNode aud = claims.path("aud");
        return aud.isArray() ? strings(aud) : List.of(aud.asText());
    }

    private static JsonNode claims(String token) {
        return read(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static JsonNode read(Object source) {
        try {
            return source instanceof Path path ? JSON.readTree(path.toFile()) : JSON.readTree((byte[]) source);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
