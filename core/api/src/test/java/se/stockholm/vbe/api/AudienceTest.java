package se.stockholm.vbe.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

class AudienceTest {

    @Test
    void readersAndTheCoordinatorSeeEverythingOfEveryCommittee() {
        for (Actor actor : Set.of(Actor.user("lasare", Set.of("reader")), Actor.user("s", Set.of("coordinator")))) {
            assertTrue(actor.audience().seesEverythingOf("alvsjo"));
            assertTrue(actor.canSeeDrafts("rinkeby-kista"));
            assertEquals("all", actor.audience().key());
        }
    }

    @Test
    void anEditorSeesEverythingOfTheirOwnCommitteesOnly() {
        Actor editor = Actor.user("e", Set.of("editor.rinkeby-kista", "editor.alvsjo", "other"));

        assertTrue(editor.canSeeDrafts("rinkeby-kista"));
        assertTrue(editor.canSeeDrafts("alvsjo"));
        assertFalse(editor.canSeeDrafts("hasselby-vallingby"));
        assertEquals("editor:alvsjo,rinkeby-kista", editor.audience().key());
    }

    @Test
    void editorsOfACommitteeCalledAllOrPublicAreNamedApartFromReadersAndThePublic() {
        String all = Actor.user("e", Set.of("editor.all")).audience().key();
        String everyone = Actor.user("e", Set.of("editor.public")).audience().key();

        assertFalse(all.equals(Actor.user("lasare", Set.of("reader")).audience().key()), all);
        assertFalse(everyone.equals(Audience.PUBLIC.key()), everyone);
    }

    @Test
    void anonymousCallersAndUsersWithoutARoleOnACommitteeAreThePublic() {
        assertEquals(Audience.PUBLIC, Actor.anonymous().audience());
        assertEquals(Audience.PUBLIC, Actor.user("karaf", Set.of("admin")).audience());
        assertFalse(Audience.PUBLIC.seesEverythingOf("alvsjo"));
        assertEquals("public", Audience.PUBLIC.key());
    }

    @Test
    void equalRightsMakeEqualAudiencesSoTheyShareCachedViews() {
        assertEquals(Actor.user("a", Set.of("editor.alvsjo")).audience(),
                Actor.user("b", Set.of("editor.alvsjo", "unrelated")).audience());
    }
}
