package se.stockholm.vbe.platform.internal.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class DerbyShutdownTest {

    @Test
    void anEmbeddedDatabaseIsShutDownWithoutItsOtherAttributes() {
        assertEquals(Optional.of("jdbc:derby:/opt/vbe/data/vbe/derby;shutdown=true"),
                DerbyShutdown.shutdownUrl("jdbc:derby:/opt/vbe/data/vbe/derby;create=true"));
        assertEquals(Optional.of("jdbc:derby:vbe;shutdown=true"), DerbyShutdown.shutdownUrl("jdbc:derby:vbe"));
    }

    @Test
    void otherDatabasesAreLeftAlone() {
        assertEquals(Optional.empty(), DerbyShutdown.shutdownUrl("jdbc:postgresql://db.example.se:5432/vbe"));
        assertEquals(Optional.empty(), DerbyShutdown.shutdownUrl("jdbc:derby://db.example.se:1527/vbe"));
        assertEquals(Optional.empty(), DerbyShutdown.shutdownUrl("jdbc:derby:memory:vbe;create=true"));
        assertEquals(Optional.empty(), DerbyShutdown.shutdownUrl("vbe"));
    }
}
