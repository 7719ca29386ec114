package se.stockholm.vbe.platform.internal.committee;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.stockholm.vbe.api.committee.CommitteeOwnership;
import se.stockholm.vbe.platform.internal.committee.OwnerStore.Claim;
import se.stockholm.vbe.platform.internal.db.TestDatabase;

/** Claims of committee ids, one at a time and many in one transaction. */
class OwnerStoreTest {

    @TempDir
    Path directory;

    @Test
    void claimsInOneBatchGoInOrderAndAnOwnerStaysTheOwner() {
        OwnerStore owners = new OwnerStore(TestDatabase.derby(directory));
        assertEquals("bundle.alvsjo", owners.claim("alvsjo", "bundle.alvsjo").bundle());

        Map<String, CommitteeOwnership> claimed = owners.claimAll(List.of(new Claim("alvsjo", "bundle.impostor"),
                new Claim("kista", "bundle.kista"), new Claim("kista", "bundle.second"),
                new Claim("farsta", "bundle.farsta")));

        Map<String, String> byId = new TreeMap<>();
        claimed.forEach((id, owner) -> byId.put(id, owner.bundle()));
        assertEquals(Map.of("alvsjo", "bundle.alvsjo", "kista", "bundle.kista", "farsta", "bundle.farsta"), byId);
        assertEquals("bundle.kista", owners.owner("kista").orElseThrow().bundle(), "stored, not only answered");
        assertEquals("bundle.kista", owners.claim("kista", "bundle.second").bundle());
    }
}
