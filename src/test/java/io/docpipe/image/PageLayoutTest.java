package io.docpipe.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.Point2D;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;

class PageLayoutTest {

    /** A 300x200 point image whose bottom-left corner is at (10, 20). */
    private final PageLayout layout = new PageLayout(new PDRectangle(320, 240), 10, 20, 300, 200);

    @Test
    void orientationsMoveStoredCorners() {
        float left = 10;
        float right = 310;
        float bottom = 20;
        float top = 220;
        // For each EXIF orientation: where the stored image's top-left and top-right corners show.
        float[][][] expected = {
            {{left, top}, {right, top}},        // 1: upright
            {{right, top}, {left, top}},        // 2: mirrored left to right
            {{right, bottom}, {left, bottom}},  // 3: turned 180 degrees
            {{left, bottom}, {right, bottom}},  // 4: mirrored top to bottom
            {{left, top}, {left, bottom}},      // 5: transposed
            {{right, top}, {right, bottom}},    // 6: turned 90 degrees clockwise
            {{right, bottom}, {right, top}},    // 7: transversed
            {{left, bottom}, {left, top}},      // 8: turned 90 degrees counter-clockwise
        };

        for (int orientation = 1; orientation <= 8; orientation++) {
            Matrix matrix = layout.orientedImageMatrix(orientation);
            // In PDF image space the stored top row is at v = 1.
            assertPoint(matrix.transformPoint(0, 1), expected[orientation - 1][0], orientation);
            assertPoint(matrix.transformPoint(1, 1), expected[orientation - 1][1], orientation);
        }
    }

    @Test
    void fitPageCappedAt200Inches() {
        PageLayout wide = PageLayout.of(PdfPageSize.FIT, 28_800, 7_200);

        assertThat(wide.page().getWidth()).isEqualTo(14_400);
        assertThat(wide.page().getHeight()).isEqualTo(3_600);
        assertThat(wide.width()).isEqualTo(14_400);
    }

    @Test
    void smallImageKeepsSizeOnA4() {
        PageLayout small = PageLayout.of(PdfPageSize.A4, 100, 50);

        assertThat(small.page().getWidth()).isEqualTo(PDRectangle.A4.getHeight());
        assertThat(small.width()).isEqualTo(100);
        assertThat(small.height()).isEqualTo(50);
        assertThat(small.x()).isCloseTo((PDRectangle.A4.getHeight() - 100) / 2, within(0.01f));
    }

    private static void assertPoint(Point2D.Float actual, float[] expected, int orientation) {
        assertThat(actual.x).as("x for orientation " + orientation).isCloseTo(expected[0], within(0.01f));
        assertThat(actual.y).as("y for orientation " + orientation).isCloseTo(expected[1], within(0.01f));
    }
}
