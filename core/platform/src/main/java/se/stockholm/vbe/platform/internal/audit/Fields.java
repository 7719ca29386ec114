package se.stockholm.vbe.platform.internal.audit;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.stockholm.vbe.json.VbeJson;

/**
 * A value as flat fields for {@link ChangeDiff}: its JSON form (the platform's one mapper) with nested fields
 * as paths ({@code situationPicture.sections[0].title}). Elements of a list that carry an {@code id} are named by
 * it ({@code activities[79].title}), so an activity inserted first does not make every other one look changed;
 * lists of plain values stay one field (JSON text).
 */
public final class Fields {

    private static final ObjectMapper JSON = VbeJson.mapper();

    private Fields() {
    }

    /** The fields of {@code value}, leaving out those named in {@code ignored} at any depth. */
    public static Map<String, String> of(Object value, Set<String> ignored) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (value != null) {
            flatten("", JSON.valueToTree(value), ignored, fields);
        }
        return fields;
    }

    /** Fields named in order: name, value, name, value, …; a {@code null} value is an absent field. */
    public static Map<String, String> named(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                fields.put(namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return fields;
    }

    public static Map<String, String> of(Object value) {
        return of(value, Set.of());
    }

    private static void flatten(String path, JsonNode node, Set<String> ignored, Map<String, String> fields) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!ignored.contains(field.getKey())) {
                    flatten(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), ignored,
                            fields);
                }
            }
        } else if (node.isArray() && containsObjects(node)) {
            for (int i = 0; i < node.size(); i++) {
                JsonNode element = node.get(i);
                JsonNode id = element.get("id");
                flatten(path + "[" + (id != null && !id.isNull() ? id.asText() : i) + "]", element, ignored, fields);
            }
        } else if (!node.isNull() && !node.isMissingNode()) {
            fields.put(path, node.isTextual() ? node.asText() : node.toString());
        }
    }

    private static boolean containsObjects(JsonNode array) {
        for (JsonNode element : array) {
            if (element.isObject()) {
                return true;
            }
        }
        return false;
    }
}
