package se.stockholm.vbe.rest.internal.resource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RenderedPdfsTest {

    private final RenderedPdfs pdfs = new RenderedPdfs();
    private int renders;

    @Test
    void aFileRenderedLatelyIsServedAgainWithoutRenderingIt() {
        byte[] first = pdfs.get("rinkeby-kista|2020|4-pdf|all|Rinkeby-Kista", this::render);
        byte[] again = pdfs.get("rinkeby-kista|2020|4-pdf|all|Rinkeby-Kista", this::render);
        pdfs.get("rinkeby-kista|2020|4-public-pdf|public|Rinkeby-Kista", this::render);

        assertArrayEquals(first, again);
        assertEquals(2, renders, "another tag or audience is another file");
    }

    @Test
    void theCacheIsBoundedDroppingTheLeastRecentlyUsed() {
        for (int n = 0; n <= RenderedPdfs.MAX_ENTRIES; n++) {
            pdfs.get("key " + n, this::render);
            pdfs.get("key 0", this::render);
        }

        assertEquals(RenderedPdfs.MAX_ENTRIES, pdfs.size());
        assertEquals(RenderedPdfs.MAX_ENTRIES + 1, renders);
        pdfs.get("key 0", this::render);
        assertEquals(RenderedPdfs.MAX_ENTRIES + 1, renders, "the one used last is kept");
        pdfs.get("key 1", this::render);
        assertEquals(RenderedPdfs.MAX_ENTRIES + 2, renders, "the one used least lately was dropped");
    }

    private byte[] render() {
        renders++;
        return ("pdf " + renders).getBytes();
    }
}
