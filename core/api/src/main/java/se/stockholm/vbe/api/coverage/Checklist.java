package se.stockholm.vbe.api.coverage;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import se.stockholm.vbe.api.Validation;

/**
 * The city-wide checklist, in the coordinator's order.
 *
 * @param items at least one, ids unique
 * @param changedAt when the coordinator last set it; {@code null} while it is the configured default
 * @param changedBy who set it; {@code null} while it is the configured default
 */
public record Checklist(List<ChecklistItem> items, Instant changedAt, String changedBy) {

    public Checklist {
        items = Validation.list(items, "items");
        if (items.isEmpty()) {
            throw new IllegalArgumentException("items needs at least one item");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            if (!ids.add(items.get(i).id())) {
                throw new IllegalArgumentException("items[" + i + "] repeats the id " + items.get(i).id());
            }
        }
    }
}
