package edu.community.contracts.tools;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Tells whether a new schema of a contract may replace the committed one. The log is kept forever, so
 * events already published must stay valid under the new schema, and consumers written against the old
 * schema must still read new events. A change is therefore incompatible when it
 * <ul>
 *   <li>removes a property,</li>
 *   <li>changes the {@code type} or {@code format} of a value,</li>
 *   <li>adds a required property, or makes an existing property required,</li>
 *   <li>makes a required property optional (consumers rely on its presence),</li>
 *   <li>removes an enum value, or restricts a value to an enum.</li>
 * </ul>
 * Adding an optional property, adding an enum value, and changing titles or descriptions are compatible:
 * consumers ignore properties and tolerate enum values they do not know.
 */
final class SchemaCompatibility {

    private SchemaCompatibility() {
    }

    /** The reasons why {@code proposed} may not replace {@code committed}; empty when it may. */
    static List<String> breakingChanges(JsonNode committed, JsonNode proposed) {
        List<String> reasons = new ArrayList<>();
        compare("", committed, proposed, reasons);
        return reasons;
    }

    private static void compare(String path, JsonNode was, JsonNode now, List<String> reasons) {
        String where = path.isEmpty() ? "event" : path;
        for (String keyword : List.of("type", "format")) {
            if (!was.path(keyword).equals(now.path(keyword))) {
                reasons.add("%s: %s changed from %s to %s".formatted(
                        where, keyword, shown(was.path(keyword)), shown(now.path(keyword))));
                return;
            }
        }
        compareEnums(where, was.get("enum"), now.get("enum"), reasons);
        compareProperties(path, was, now, reasons);
        if (was.has("items")) {
            compare(path + "[]", was.get("items"), now.path("items"), reasons);
        }
        if (was.path("additionalProperties").isObject()) {
            compare(path + "{}", was.get("additionalProperties"), now.path("additionalProperties"), reasons);
        }
    }

    private static void compareEnums(String where, JsonNode was, JsonNode now, List<String> reasons) {
        if (now == null) {
            return;
        }
        if (was == null) {
            reasons.add(where + ": restricted to the enum " + now);
            return;
        }
        List<String> removed = new ArrayList<>();
        was.forEach(value -> {
            if (!contains(now, value)) {
                removed.add(value.asText());
            }
        });
        if (!removed.isEmpty()) {
            reasons.add(where + ": enum values removed " + removed);
        }
    }

    private static void compareProperties(String path, JsonNode was, JsonNode now, List<String> reasons) {
        JsonNode before = was.path("properties");
        JsonNode after = now.path("properties");
        Set<String> requiredBefore = names(was.path("required"));
        Set<String> requiredAfter = names(now.path("required"));
        before.fieldNames().forEachRemaining(name -> {
            String property = child(path, name);
            if (!after.has(name)) {
                reasons.add(property + ": property removed");
                return;
            }
            compare(property, before.get(name), after.get(name), reasons);
            if (!requiredBefore.contains(name) && requiredAfter.contains(name)) {
                reasons.add(property + ": made required");
            } else if (requiredBefore.contains(name) && !requiredAfter.contains(name)) {
                reasons.add(property + ": no longer required");
            }
        });
        after.fieldNames().forEachRemaining(name -> {
            if (!before.has(name) && requiredAfter.contains(name)) {
                reasons.add(child(path, name) + ": new required property");
            }
        });
    }

    private static String child(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static boolean contains(JsonNode array, JsonNode value) {
        for (JsonNode element : array) {
            if (element.equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> names(JsonNode array) {
        Set<String> names = new HashSet<>();
        array.forEach(name -> names.add(name.asText()));
        return names;
    }

    private static String shown(JsonNode value) {
        return value.isMissingNode() ? "none" : value.toString();
    }
}
