package io.docpipe.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Entry names of ZIPs given to image-to-pdf: their order and the file names they are unpacked to. */
class ZipNamesTest {

    @Test
    void naturalOrderNumbers() {
        List<String> names = new ArrayList<>(List.of("page10.png", "Page2.png", "page1.png", "page02b.png",
                "cover.png", "page1.png.bak"));

        names.sort(NaturalOrder.INSTANCE);

        assertThat(names).containsExactly("cover.png", "page1.png", "page1.png.bak", "Page2.png", "page02b.png",
                "page10.png");
    }

    @Test
    void safeFileNameKeepsLastPart() {
        assertThat(ZipImages.safeFileName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(ZipImages.safeFileName("scans\\trang 1.jpg")).isEqualTo("trang_1.jpg");
        assertThat(ZipImages.safeFileName("ảnh-số-2.png")).isEqualTo("ảnh-số-2.png");
        assertThat(ZipImages.safeFileName("dir/..")).isEqualTo("entry..");
        assertThat(ZipImages.safeFileName("dir/")).isEqualTo("entry");
    }
}
