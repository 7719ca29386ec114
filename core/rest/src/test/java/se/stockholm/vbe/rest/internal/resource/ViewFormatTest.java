package se.stockholm.vbe.rest.internal.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class ViewFormatTest {

    @Test
    void theFormatParameterWinsOverAccept() {
        assertEquals(Optional.of(ViewFormat.CSV), ViewFormat.negotiate("csv", "application/json"));
        assertEquals(Optional.of(ViewFormat.XLSX), ViewFormat.negotiate(" XLSX ", null));
        assertEquals(Optional.of(ViewFormat.JSON), ViewFormat.negotiate("json", "text/csv"));
    }

    @Test
    void acceptPicksTheHighestRatedSupportedType() {
        assertEquals(Optional.of(ViewFormat.CSV), ViewFormat.negotiate(null, "text/csv"));
        assertEquals(Optional.of(ViewFormat.XLSX), ViewFormat.negotiate(null,
                "text/csv;q=0.5, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        assertEquals(Optional.of(ViewFormat.CSV), ViewFormat.negotiate(null, "text/*, application/json;q=0.2"));
        assertEquals(Optional.of(ViewFormat.CSV), ViewFormat.negotiate(null, "text/csv, */*;q=0.1"));
    }

    @Test
    void noAcceptAWildcardOrABrowsersAcceptIsJson() {
        assertEquals(Optional.of(ViewFormat.JSON), ViewFormat.negotiate(null, null));
        assertEquals(Optional.of(ViewFormat.JSON), ViewFormat.negotiate("", " "));
        assertEquals(Optional.of(ViewFormat.JSON), ViewFormat.negotiate(null, "*/*"));
        assertEquals(Optional.of(ViewFormat.JSON), ViewFormat.negotiate(null,
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"));
    }

    @Test
    void anUnknownFormatOrAnAcceptNoFormMatchesIsNone() {
        assertEquals(Optional.empty(), ViewFormat.negotiate("pdf", null));
        assertEquals(Optional.empty(), ViewFormat.negotiate(null, "application/pdf"));
        assertEquals(Optional.empty(), ViewFormat.negotiate(null, "text/csv;q=0, application/json;q=0"));
    }

    @Test
    void aTypeRefusedWithQualityZeroStaysRefusedUnderAWildcard() {
        assertEquals(Optional.of(ViewFormat.XLSX), ViewFormat.negotiate(null, "application/json;q=0, text/csv;q=0, */*"));
    }
}
