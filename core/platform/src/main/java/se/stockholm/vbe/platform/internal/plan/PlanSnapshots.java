package se.stockholm.vbe.platform.internal.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.stockholm.vbe.api.plan.ActionPlan;
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

    static ActionPlan read(String json) {
        try {
            return JSON.readValue(json, ActionPlan.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read plan snapshot", e);
        }
    }
}
