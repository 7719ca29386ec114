package se.stockholm.vbe.platform.internal.feature;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.stockholm.vbe.api.Actor;
import se.stockholm.vbe.api.committee.CommitteeKind;
import se.stockholm.vbe.api.feature.FeatureState;
import se.stockholm.vbe.platform.internal.db.Database;
import se.stockholm.vbe.platform.internal.db.TestDatabase;
import se.stockholm.vbe.platform.internal.grant.TestRuleRegistry;

/**
 * Feature switches on a real Derby database.
 */
class FeatureServiceTest {

    private static final Actor COORDINATOR = Actor.user("samordnare", Set.of(Actor.COORDINATOR));

    @TempDir
    Path directory;

    private FeatureServiceImpl features;

    @BeforeEach
    void start() {
        Database database = TestDatabase.derby(directory);
        TestDatabase.committee(database, "alvsjo", CommitteeKind.DISTRICT);
        features = TestFeatures.onByDefault(database, TestRuleRegistry.on(database));
    }

    @Test
    void concurrentFirstSwitchesOfOneFeatureQueueAndBothSucceed() throws Exception {
        int switches = 8;
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<FeatureState>> calls = new ArrayList<>();
        for (int i = 0; i < switches; i++) {
            calls.add(CompletableFuture.supplyAsync(() -> {
                awaitQuietly(go);
                return features.set("alvsjo", "premises-rental-check", false, COORDINATOR);
            }));
        }

        go.countDown();

        for (CompletableFuture<FeatureState> call : calls) {
            assertFalse(call.get(30, TimeUnit.SECONDS).enabled());
        }
        assertFalse(features.isEnabled("alvsjo", "premises-rental-check"));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
