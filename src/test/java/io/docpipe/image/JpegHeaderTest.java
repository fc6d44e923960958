package io.docpipe.image;

import static org.assertj.core.api.Assertions.assertThat;

import io.docpipe.testing.Corpus;
import io.docpipe.testing.TestImages;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JpegHeaderTest {

    @TempDir
    Path folder;

    @Test
    void ownJpegsColourAndGray() throws IOException {
        Path colour = TestImages.write(TestImages.quadrants(64, 32), "jpeg", folder.resolve("colour.jpg"));
        Path gray = TestImages.writeText(folder.resolve("gray.jpg"), "jpeg", "Xám");

        JpegHeader colourHeader = JpegHeader.read(colour).orElseThrow();
        JpegHeader grayHeader = JpegHeader.read(gray).orElseThrow();

        assertThat(colourHeader.width()).isEqualTo(64);
        assertThat(colourHeader.height()).isEqualTo(32);
        assertThat(colourHeader.components()).isEqualTo(3);
        assertThat(colourHeader.orientation()).isEqualTo(1);
        assertThat(grayHeader.components()).isEqualTo(1);
    }

    @Test
    void pngIsNotJpeg() throws IOException {
        Path png = TestImages.write(TestImages.quadrants(8, 8), "png", folder.resolve("card.png"));

        assertThat(JpegHeader.read(png)).isEmpty();
    }

    @Test
    void corpusExifOrientations() throws IOException {
        JpegHeader six = JpegHeader.read(Corpus.file("exif_orient6_photo.jpg")).orElseThrow();
        JpegHeader three = JpegHeader.read(Corpus.file("exif_orient3_chinese.jpg")).orElseThrow();

        assertThat(six.orientation()).isEqualTo(6);
        assertThat(six.swapsSides()).isTrue();
        assertThat(six.width()).isEqualTo(1200);
        assertThat(six.height()).isEqualTo(1800);
        assertThat(three.orientation()).isEqualTo(3);
        assertThat(three.swapsSides()).isFalse();
    }

    @Test
    void corpusCmykFourComponents() throws IOException {
        JpegHeader cmyk = JpegHeader.read(Corpus.file("jpeg_cmyk_map.jpg")).orElseThrow();

        assertThat(cmyk.components()).isEqualTo(4);
        assertThat(cmyk.width()).isEqualTo(640);
    }
}
