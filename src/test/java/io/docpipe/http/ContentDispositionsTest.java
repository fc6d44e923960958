package io.docpipe.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.ContentDisposition;

class ContentDispositionsTest {

    @Test
    void asciiNameQuoted() {
        assertThat(ContentDispositions.attachment("scan.txt")).isEqualTo("attachment; filename=\"scan.txt\"");
    }

    @Test
    void quotesEscaped() {
        String header = ContentDispositions.attachment("say \"hi\".txt");

        assertThat(header).isEqualTo("attachment; filename=\"say \\\"hi\\\".txt\"");
        assertThat(ContentDisposition.parse(header).getFilename()).isEqualTo("say \"hi\".txt");
    }

    @Test
    void vietnameseNameEncoded() {
        String header = ContentDispositions.attachment("Đơn đặt hàng.pdf");

        assertThat(header).isEqualTo("attachment; filename=\"Don dat hang.pdf\"; filename*=UTF-8''"
                + "%C4%90%C6%A1n%20%C4%91%E1%BA%B7t%20h%C3%A0ng.pdf");
        assertThat(ContentDisposition.parse(header).getFilename()).isEqualTo("Đơn đặt hàng.pdf");
    }

    @Test
    void otherScriptsReplaced() {
        assertThat(ContentDispositions.asciiFallback("中文.txt")).isEqualTo("__.txt");
    }
}
