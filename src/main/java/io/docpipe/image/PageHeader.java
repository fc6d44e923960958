package io.docpipe.image;

/**
 * Size and resolution of one page or frame, as stored in the file's header. For a JPEG with an EXIF
 * orientation the size is that of the stored pixels, before the image is turned upright.
 *
 * @param horizontalDpi dots per inch across, or 0 when the file does not record a resolution
 * @param verticalDpi dots per inch down, or 0 when the file does not record a resolution
 */
public record PageHeader(int width, int height, double horizontalDpi, double verticalDpi) {

    public long pixels() {
        return (long) width * height;
    }
}
