package se.stockholm.vbe.platform.internal.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.stockholm.vbe.api.plan.ActionPlan;
import se.stockholm.vbe.api.plan.Classification;
import se.stockholm.vbe.json.VbeJson;

/**
 * Plans as JSON in the API's own form, for the decision records kept in {@code plan_version}.
 */
final class PlanSnapshots {

    private static final ObjectMapper JSON = VbeJson.mapper();

    private PlanSnapshots() {
    }

    static String write(ActionPlan plan) {
        try {
            return JSON.writeValueAsString(plan);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write plan snapshot", e);
        }
    }

    /**
     * A snapshot as a plan; sections and counts it does not mark (written before classifications
     * existed) get {@code unmarked}.
     */
    static ActionPlan read(String json, Classification unmarked) {
        try {
            JsonNode tree = JSON.readTree(json);
            JsonNode picture = tree.path("situationPicture");
            for (String part : new String[] {"sections", "incidents"}) {
                for (JsonNode element : picture.path(part)) {
                    if (element instanceof ObjectNode object && !object.hasNonNull("classification")) {
                        object.put("classification", unmarked.name());
                    }
                }
            }
            return JSON.treeToValue(tree, ActionPlan.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read plan snapshot", e);
        }
    }
}
