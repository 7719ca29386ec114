package se.stockholm.vbe.json;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import se.stockholm.vbe.api.Validation;
import se.stockholm.vbe.api.committee.CommitteeContact;
import se.stockholm.vbe.api.committee.CommitteeKind;
import se.stockholm.vbe.api.committee.GrantWindow;
import se.stockholm.vbe.api.plan.DecisionRecord;
import se.stockholm.vbe.api.plan.PlanStatus;
import se.stockholm.vbe.spi.ActivityTemplate;
import se.stockholm.vbe.spi.Committee;
import se.stockholm.vbe.spi.ShippedPlan;

/**
 * A committee described by data: the resource {@value #RESOURCE} of a bundle whose manifest names the committee
 * ({@code VBE-Committee: <id>}). Its contract is {@code se/stockholm/vbe/spi/committee.schema.json} in the API;
 * reading here is as strict (an unknown field is an error, not ignored), and every error names its field.
 *
 * @param id the committee id; the platform requires it to equal the manifest header
 * @param name the committee's official name
 * @param kind district or specialist committee
 * @param catalogue the templates, in the JSON shape the REST catalogue answers
 * @param shippedPlans plans adopted before joining; may be empty
 * @param contacts the committee's local contacts for the routine at a worry (functions, never private persons);
 *        may be empty; the platform checks them as it checks the catalogue
 * @param grantWindows the periods every year in which associations may apply for the committee's grants; may be
 *        empty
 */
// "$schema" lets an editor find the schema; it says nothing about the committee
@JsonIgnoreProperties("$schema")
public record CommitteeDescriptor(String id, String name, CommitteeKind kind, List<ActivityTemplate> catalogue,
        List<Plan> shippedPlans, List<CommitteeContact> contacts, List<GrantWindow> grantWindows) {

    /** Where a committee bundle keeps its descriptor. */
    public static final String RESOURCE = "VBE-INF/committee.json";

    private static final ObjectReader READER = VbeJson.mapper().readerFor(CommitteeDescriptor.class)
            .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public CommitteeDescriptor {
        Validation.requireSlug(id, "id");
        name = Validation.requireLine(name, "name", 200);
        Validation.require(kind, "kind");
        catalogue = Validation.list(catalogue, "catalogue");
        if (catalogue.isEmpty()) {
            throw new IllegalArgumentException("catalogue needs at least one template");
        }
        shippedPlans = shippedPlans == null ? List.of() : Validation.list(shippedPlans, "shippedPlans");
        contacts = Validation.list(contacts, "contacts");
        grantWindows = Validation.list(grantWindows, "grantWindows");
    }

    /**
     * A plan the committee shipped, as the descriptor names it.
     *
     * @param year the plan year
     * @param status the status it had
     * @param document the path of the plan document (REST plan JSON) in the same bundle
     * @param decision the decision that gave it its status; may be absent
     */
    public record Plan(Integer year, PlanStatus status, String document, DecisionRecord decision) {

        public Plan {
            if (year == null || year < 2000 || year > 2100) {
                throw new IllegalArgumentException("year must be a plan year from 2000 to 2100 (was " + year + ")");
            }
            Validation.require(status, "status");
            document = Validation.requireLine(document, "document", 300);
            decision = decision == null ? DecisionRecord.NONE : decision;
        }
    }

    /**
     * Reads a descriptor.
     *
     * @throws IllegalArgumentException naming the field that is wrong and why, e.g.
     *         {@code catalogue[2].schedule: from must be a month from 1 to 12 (was 13)}
     */
    public static CommitteeDescriptor read(InputStream json) {
        try {
            return READER.readValue(json);
        } catch (JsonMappingException e) {
            throw new IllegalArgumentException(describe(e), e);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * The committee this descriptor describes for a bundle that declares committee {@code declared}
     * ({@code VBE-Committee}), as the platform takes it, whether installed or uploaded.
     *
     * @throws IllegalArgumentException naming {@code id} if the descriptor describes another committee, or the
     *         shipped plan whose document is missing
     */
    public Committee committee(String declared, Function<String, URL> resources) {
        if (!id.equals(declared)) {
            throw new IllegalArgumentException("id: the descriptor describes committee " + id + ", but the bundle "
                    + "declares committee " + declared + " (VBE-Committee): the two must be the same");
        }
        return committee(resources);
    }

    /**
     * The committee this descriptor describes, with each shipped plan's document found by {@code resources}
     * (a bundle's entries, or a class path).
     *
     * @throws IllegalArgumentException naming the shipped plan whose document is missing
     */
    public Committee committee(Function<String, URL> resources) {
        List<ShippedPlan> plans = new ArrayList<>();
        for (int i = 0; i < shippedPlans.size(); i++) {
            Plan plan = shippedPlans.get(i);
            URL document = resources.apply(plan.document());
            if (document == null) {
                throw new IllegalArgumentException("shippedPlans[" + i + "].document: there is no resource "
                        + plan.document() + " in the bundle");
            }
            plans.add(new ShippedPlan(plan.year(), plan.status(), document, plan.decision()));
        }
        return new DescribedCommittee(id, name, kind, catalogue, List.copyOf(plans), contacts,
                grantWindows);
    }

    private static String describe(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference step : e.getPath()) {
            if (step.getIndex() >= 0) {
                field.append('[').append(step.getIndex()).append(']');
            } else if (step.getFieldName() != null) {
                field.append(field.length() == 0 ? "" : ".").append(step.getFieldName());
            }
        }
        String what;
        if (e instanceof UnrecognizedPropertyException unknown) {
            what = "unknown field (the schema allows " + unknown.getKnownPropertyIds() + ")";
        } else if (e instanceof ValueInstantiationException && e.getCause() != null) {
            what = e.getCause().getMessage();
        } else if (e instanceof InvalidFormatException invalid && invalid.getTargetType().isEnum()) {
            what = "must be one of " + List.of(invalid.getTargetType().getEnumConstants()) + " (was "
                    + invalid.getValue() + ")";
        } else {
            what = e.getOriginalMessage();
        }
        return (field.length() == 0 ? "descriptor" : field) + ": " + what;
    }

    /** The committee of a descriptor: what it returns was read and checked once. */
    private record DescribedCommittee(String id, String name, CommitteeKind kind, List<ActivityTemplate> catalogue,
            List<ShippedPlan> shippedPlans, List<CommitteeContact> contacts, List<GrantWindow> grantWindows)
            implements Committee {
    }
}
