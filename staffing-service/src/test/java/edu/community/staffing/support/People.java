package edu.community.staffing.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Registrations through the API. */
public final class People {

    private People() {
    }

    /** A registration body; the personal data is made up and unique to the run. */
    public static Map<String, Object> registration(String name, String county, String school, String role,
                                                   String appointedOn, String backbone) {
        LocalDate born = LocalDate.of(1985, 3, 14);
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("residentId", Schools.residentId(county, born));
        body.put("gender", "FEMALE");
        body.put("birthDate", born.toString());
        body.put("contact", "13800000000");
        body.put("role", role);
        body.put("schoolCode", school);
        body.put("appointedOn", appointedOn);
        body.put("title", "FIRST_GRADE");
        body.put("backbone", backbone);
        body.put("subjects", List.of("数学"));
        return body;
    }

    public static Response register(String token, Map<String, Object> body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/staff");
    }

    /** Registers and answers the staff id. */
    public static String registered(String token, String name, String county, String school, String role,
                                    String appointedOn, String backbone) {
        return register(token, registration(name, county, school, role, appointedOn, backbone))
                .then().statusCode(201).extract().path("staffId");
    }

    public static Response post(String token, String path, Map<String, Object> body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body).when().post(path);
    }
}
