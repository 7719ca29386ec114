package se.stockholm.vbe.platform.internal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

import se.stockholm.vbe.api.Actor;
import se.stockholm.vbe.api.audit.AuditChannel;

class AuditChannelsTest {

    @Test
    void theChannelFollowsFromTheNameAChangeIsRecordedUnder() {
        assertEquals(AuditChannel.IMPORT, AuditChannels.of("import:se.stockholm.vbe.committee.alvsjo 1.0.0"));
        assertEquals(AuditChannel.SHELL, AuditChannels.of("shell:karaf"));
        assertEquals(AuditChannel.BUNDLE, AuditChannels.of("bundle:se.stockholm.vbe.committee.alvsjo"));
        assertEquals(AuditChannel.REST, AuditChannels.of("samordnare"));
        assertEquals(AuditChannel.REST, AuditChannels.of("anonymous"));
    }

    @Test
    void anEntryOfAnActorIsRecordedUnderItsDisplayName() {
        AuditEntry entry = AuditEntry.of(Actor.user("shell:karaf", Set.of(Actor.COORDINATOR))).plan("alvsjo", 2020);

        assertEquals("shell:karaf", entry.actor());
        assertEquals(AuditChannel.SHELL, entry.channel());
        assertEquals("plan", entry.entityType());
        assertEquals("alvsjo/2020", entry.entityId());
        assertEquals("alvsjo", entry.committeeId());
        assertEquals(2020, entry.year());
    }
}
