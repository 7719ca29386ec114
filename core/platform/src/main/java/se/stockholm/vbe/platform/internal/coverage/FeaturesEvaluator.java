package se.stockholm.vbe.platform.internal.coverage;

import java.util.List;

import se.stockholm.vbe.api.coverage.ChecklistItem;
import se.stockholm.vbe.api.coverage.ItemKind;
import se.stockholm.vbe.api.feature.FeatureState;

/** Grant and premises checks (or any features the item names) are switched on for the committee. */
final class FeaturesEvaluator implements CoverageEvaluator {

    @Override
    public ItemKind kind() {
        return ItemKind.FEATURES_ON;
    }

    @Override
    public Verdict evaluate(ChecklistItem item, CommitteeFacts facts) {
        List<String> off = item.features().stream().filter(id -> !enabled(facts.features(), id))
                .map(id -> title(facts.features(), id)).toList();
        return off.isEmpty()
                ? Verdict.met("FEATURES_ON", "Påslaget: " + String.join(", ",
                        item.features().stream().map(id -> title(facts.features(), id)).toList()))
                : Verdict.gap("FEATURE_OFF", "Avslaget: " + String.join(", ", off));
    }

    private static boolean enabled(List<FeatureState> features, String id) {
        return features.stream().anyMatch(f -> f.feature().id().equals(id) && f.enabled());
    }

    private static String title(List<FeatureState> features, String id) {
        return features.stream().filter(f -> f.feature().id().equals(id)).map(f -> f.feature().title()).findFirst()
                .orElse(id);
    }
}
