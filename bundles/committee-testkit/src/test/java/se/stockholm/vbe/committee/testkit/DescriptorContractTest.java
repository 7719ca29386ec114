package se.stockholm.vbe.committee.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

import com.networknt.schema.Error;

class DescriptorContractTest {

    private static URL descriptor(String name) {
        return DescriptorContractTest.class.getResource("/descriptors/" + name + "/VBE-INF/committee.json");
    }

    @Test
    void aValidDescriptorGivesItsCommittee() {
        assertEquals("Norrmalms stadsdelsnämnd", DescriptorContract.verify(descriptor("valid"), "norrmalm").name());
    }

    @Test
    void theSchemaNamesAnUnknownArea() {
        List<Error> errors = DescriptorContract.validate(descriptor("bad-area"));

        assertTrue(errors.stream().anyMatch(error -> error.getInstanceLocation().toString().contains("area")),
                errors.toString());
    }

    @Test
    void anIdOtherThanTheDeclaredOneFails() {
        AssertionFailedError failed = assertThrows(AssertionFailedError.class,
                () -> DescriptorContract.verify(descriptor("valid"), "kungsholmen"));

        assertTrue(failed.getMessage().contains("id must be the committee the bundle declares"), failed.getMessage());
    }
}
