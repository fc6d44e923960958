package io.docpipe.image;

import io.docpipe.error.CorruptInputException;
import io.docpipe.error.LimitExceededException;
import io.docpipe.error.UnsupportedInputException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.opencv.core.CvException;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.imgcodecs.Imgcodecs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decodes every page or frame of an image file into 8-bit pixels that are upright and opaque: gray
 * images stay one channel, colour images become BGR, and the results never carry alpha.
 *
 * <ul>
 *   <li>JPEG: the EXIF orientation is applied and CMYK (including Adobe's inverted CMYK) becomes RGB.</li>
 *   <li>PNG, TIFF and WebP: 16-bit and floating-point samples are scaled to 8 bits and alpha is
 *       composited over white.</li>
 *   <li>TIFF and GIF: every page or frame is returned, in file order.</li>
 * </ul>
 *
 * <p>OpenCV decodes everything except GIF, for which OpenCV 4.10 has no codec, so ImageIO decodes
 * GIF. Every page is checked against {@link #MAX_PIXELS_PER_PAGE}, from the header before decoding
 * where ImageIO or {@link WebpHeader} can read it. Embedded ICC profiles are not applied, so an image
 * in a wide-gamut colour space such as ROMM RGB comes out with muted colours.
 *
 * <p>Thread-safe: instances hold no state.
 */
public class ImageDecoder {

    /**
     * Maximum pixels per page: 200 megapixels, 600 MB as 8-bit BGR. An A0 page scanned at 300 dpi
     * has 140 megapixels, so real documents fit while a crafted header cannot claim gigabytes.
     */
    public static final long MAX_PIXELS_PER_PAGE = 200_000_000L;

    private static final Logger LOG = LoggerFactory.getLogger(ImageDecoder.class);

    public ImageDecoder() {
    }

    /**
     * Decodes every page or frame. All pages are held in memory at once: for long multi-page TIFFs
     * use {@link #pageCount} and {@link #decodePage} to work one page at a time.
     *
     * @throws UnsupportedInputException for a media type that is not a readable image type
     * @throws CorruptInputException for an empty or damaged file
     * @throws LimitExceededException for a page larger than {@link #MAX_PIXELS_PER_PAGE}
     */
    public List<BufferedImage> decodePages(Path file, String mediaType) throws IOException {
        List<Mat> mats = decodeMats(file, mediaType);
        try {
            List<BufferedImage> pages = new ArrayList<>(mats.size());
            for (Mat mat : mats) {
                pages.add(MatConversions.toBufferedImage(mat));
            }
            return pages;
        } finally {
            mats.forEach(Mat::release);
        }
    }

    /**
     * Decodes one page, counted from 0, as {@link #decodePages} would.
     *
     * @throws IllegalArgumentException when the image has no page with that index
     */
    public BufferedImage decodePage(Path file, String mediaType, int pageIndex) throws IOException {
        Mat mat = decodeMat(file, mediaType, pageIndex);
        try {
            return MatConversions.toBufferedImage(mat);
        } finally {
            mat.release();
        }
    }

    /**
     * Decodes every page into Mats of type {@code CV_8UC1} or {@code CV_8UC3}. The caller owns them
     * and must {@link Mat#release() release} each one.
     */
    public List<Mat> decodeMats(Path file, String mediaType) throws IOException {
        ImageFormat format = readableFormat(mediaType);
        requireNonEmpty(file);
        Optional<List<PageHeader>> headers = ImageHeaders.read(file, format);
        int count = pageCount(file, format, headers);

        List<Mat> pages = new ArrayList<>(count);
        try {
            for (int page = 0; page < count; page++) {
                pages.add(decode(file, format, page, headers));
            }
        } catch (IOException | RuntimeException e) {
            pages.forEach(Mat::release);
            throw e;
        }
        return pages;
    }

    /**
     * Decodes one page, counted from 0, into a Mat of type {@code CV_8UC1} or {@code CV_8UC3} that
     * the caller must {@link Mat#release() release}.
     *
     * @throws IllegalArgumentException when the image has no page with that index
     */
    public Mat decodeMat(Path file, String mediaType, int pageIndex) throws IOException {
        ImageFormat format = readableFormat(mediaType);
        requireNonEmpty(file);
        Optional<List<PageHeader>> headers = ImageHeaders.read(file, format);
        int count = pageCount(file, format, headers);
        if (pageIndex < 0 || pageIndex >= count) {
            throw new IllegalArgumentException("Page index " + pageIndex + " is out of range: '"
                    + file.getFileName() + "' has " + count + " page(s), indexed from 0");
        }
        return decode(file, format, pageIndex, headers);
    }

    /**
     * Returns the number of pages or frames: more than one only for TIFF and GIF.
     *
     * @throws UnsupportedInputException for a media type that is not a readable image type
     * @throws CorruptInputException for an empty file or one with no readable page
     */
    public int pageCount(Path file, String mediaType) throws IOException {
        ImageFormat format = readableFormat(mediaType);
        requireNonEmpty(file);
        if (!format.isMultiPage()) {
            return 1;
        }
        return pageCount(file, format, ImageHeaders.read(file, format));
    }

    /**
     * Returns the size and recorded resolution of every page from the file's header, or an empty list
     * when the header cannot be read without decoding.
     *
     * @throws UnsupportedInputException for a media type this decoder does not read
     */
    public List<PageHeader> pageHeaders(Path file, String mediaType) throws IOException {
        return ImageHeaders.read(file, readableFormat(mediaType)).orElse(List.of());
    }

    /**
     * Returns the format for a media type that this decoder reads.
     *
     * @throws UnsupportedInputException naming the type and the supported ones
     */
    public static ImageFormat readableFormat(String mediaType) {
        return ImageFormat.fromMediaType(mediaType).orElseThrow(() -> new UnsupportedInputException(
                "Unsupported input type '" + mediaType + "' for image decoding; supported types: "
                        + ImageFormat.readableMediaTypes()));
    }

    private static int pageCount(Path file, ImageFormat format, Optional<List<PageHeader>> headers) {
        if (!format.isMultiPage()) {
            return 1;
        }
        if (headers.isPresent() && !headers.get().isEmpty()) {
            return headers.get().size();
        }
        if (format == ImageFormat.TIFF) {
            OpenCv.ensureLoaded();
            long count = Imgcodecs.imcount(file.toString());
            if (count > 0) {
                return Math.toIntExact(count);
            }
        }
        throw new CorruptInputException("The " + format.optionValue() + " image '" + file.getFileName()
                + "' is damaged: no page can be read from it");
    }

    private static Mat decode(Path file, ImageFormat format, int pageIndex, Optional<List<PageHeader>> headers)
            throws IOException {
        if (headers.isPresent() && pageIndex < headers.get().size()) {
            PageHeader header = headers.get().get(pageIndex);
            checkPixels(file, pageIndex, header.width(), header.height());
        }

        Mat decoded = format == ImageFormat.GIF
                ? decodeGifFrame(file, pageIndex)
                : decodeWithOpenCv(file, format, pageIndex);
        if (decoded.empty()) {
            decoded.release();
            throw new CorruptInputException("The " + format.optionValue() + " image '" + file.getFileName()
                    + "' is damaged or truncated and cannot be decoded" + pageSuffix(pageIndex));
        }
        try {
            checkPixels(file, pageIndex, decoded.cols(), decoded.rows());
        } catch (LimitExceededException e) {
            decoded.release();
            throw e;
        }
        LOG.debug("Decoded {} page {}: {}x{} {}", file.getFileName(), pageIndex + 1, decoded.cols(),
                decoded.rows(), CvType.typeToString(decoded.type()));
        return MatConversions.toOpaqueEightBit(decoded);
    }

    private static Mat decodeWithOpenCv(Path file, ImageFormat format, int pageIndex) {
        OpenCv.ensureLoaded();
        // JPEG and BMP carry no usable alpha, and only without IMREAD_UNCHANGED does OpenCV apply the
        // EXIF orientation. The other formats keep their alpha and bit depth for toOpaqueEightBit.
        int flags = format == ImageFormat.JPEG || format == ImageFormat.BMP
                ? Imgcodecs.IMREAD_ANYCOLOR
                : Imgcodecs.IMREAD_UNCHANGED;
        try {
            if (format != ImageFormat.TIFF) {
                return pageIndex == 0 ? Imgcodecs.imread(file.toString(), flags) : new Mat();
            }
            List<Mat> pages = new ArrayList<>(1);
            if (!Imgcodecs.imreadmulti(file.toString(), pages, pageIndex, 1, flags) || pages.isEmpty()) {
                pages.forEach(Mat::release);
                return new Mat();
            }
            return pages.get(0);
        } catch (CvException e) {
            throw new CorruptInputException("The " + format.optionValue() + " image '" + file.getFileName()
                    + "' cannot be decoded" + pageSuffix(pageIndex) + ": " + e.getMessage(), e);
        }
    }

    private static Mat decodeGifFrame(Path file, int frameIndex) throws IOException {
        try (ImageInputStream stream = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            try {
                reader.setInput(stream, false, true);
                // NOTE: frames come as stored. Animated GIFs whose frames only repaint part of the
                // canvas are not composited onto the previous frame.
                return MatConversions.toMat(reader.read(frameIndex));
            } finally {
                reader.dispose();
            }
        } catch (IOException | IndexOutOfBoundsException e) {
            throw new CorruptInputException("The gif image '" + file.getFileName()
                    + "' is damaged or truncated and cannot be decoded" + pageSuffix(frameIndex), e);
        }
    }

    private static void requireNonEmpty(Path file) throws IOException {
        if (Files.size(file) == 0) {
            throw new CorruptInputException("The image file '" + file.getFileName() + "' is empty (0 bytes)");
        }
    }

    /**
     * Rejects a page larger than {@link #MAX_PIXELS_PER_PAGE}.
     *
     * @throws LimitExceededException naming the file, page and size
     */
    static void checkPixels(Path file, int pageIndex, int width, int height) {
        if ((long) width * height > MAX_PIXELS_PER_PAGE) {
            throw new LimitExceededException("The image '" + file.getFileName() + "'" + pageSuffix(pageIndex)
                    + " is " + width + "x" + height + " pixels, more than the limit of "
                    + MAX_PIXELS_PER_PAGE / 1_000_000 + " megapixels per page; scale it down before sending it");
        }
    }

    private static String pageSuffix(int pageIndex) {
        return pageIndex == 0 ? "" : " (page " + (pageIndex + 1) + ")";
    }
}
