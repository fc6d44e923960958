package io.docpipe.component;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * Every option of every docpipe operation, declared once. An endpoint URI sets them
 * ({@code docpipe:ocr?language=vi+en}) and a message may override them through the
 * {@link DocpipeHeaders#OPTIONS} header; both paths bind and validate in {@link OptionBinder}.
 * Each operation lists the options it reads, and any other option is rejected for it.
 */
@UriParams
public class DocpipeConfiguration implements Cloneable {

    @UriParam(label = "pdf,image", enums = "png,jpeg,webp,tiff,bmp",
            description = "Output image format. pdf-to-image writes png or jpeg; image-transform writes any"
                    + " of the listed formats and keeps the input's format when this is not set, or writes png"
                    + " for GIF input.")
    private String format;

    @UriParam(label = "pdf", defaultValue = "150",
            description = "Resolution in dots per inch at which PDF pages are rendered, from 36 to 1200.")
    private int dpi = 150;

    @UriParam(label = "pdf",
            description = "Pages to process, 1-based, as a comma-separated list of pages and ranges such as"
                    + " 1-3,5 or 7- (from page 7 to the end). All pages when not set.")
    private String pages;

    @UriParam(label = "ocr", defaultValue = "eng",
            description = "Tesseract languages joined with +, such as vie+eng. Accepts the aliases en (eng),"
                    + " vi (vie) and zh (chi_sim).")
    private String language = "eng";

    @UriParam(label = "ocr", defaultValue = "text", enums = "text,hocr,tsv,json",
            description = "OCR result format: plain text, hOCR (HTML), Tesseract TSV, or JSON with the text,"
                    + " confidence, bounding box and page of every word.")
    private String output = "text";

    @UriParam(label = "image",
            description = "Target width in pixels. With only one of width and height the other follows"
                    + " from the aspect ratio.")
    private Integer width;

    @UriParam(label = "image",
            description = "Target height in pixels. With only one of width and height the other follows"
                    + " from the aspect ratio.")
    private Integer height;

    @UriParam(label = "image",
            description = "Rectangle to keep, as x,y,width,height in pixels from the top-left corner;"
                    + " applied before resizing.")
    private String crop;

    @UriParam(label = "image",
            description = "Clockwise rotation in degrees. Multiples of 90 are exact; other angles enlarge"
                    + " the canvas so no corner is cut off.")
    private Double rotate;

    @UriParam(label = "image", enums = "horizontal,vertical",
            description = "Mirror the image left to right (horizontal) or top to bottom (vertical).")
    private String flip;

    @UriParam(label = "image", defaultValue = "false",
            description = "Convert the image to grayscale.")
    private boolean grayscale;

    @UriParam(label = "pdf,image", defaultValue = "90",
            description = "Compression quality from 1 to 100 for JPEG and WebP output.")
    private int quality = 90;

    @UriParam(label = "pdf", defaultValue = "fit", enums = "fit,A4,Letter",
            description = "Page size of image-to-pdf: fit makes each page the size of its image at the"
                    + " image's resolution (96 dpi when the file records none); A4 and Letter centre the image"
                    + " within half-inch margins, scaled down to fit but never enlarged, on a page turned to"
                    + " landscape for a landscape image.")
    @Metadata(defaultValue = "fit")
    private String pageSize = "fit";

    /** Returns an independent copy, so per-message options never change the endpoint's own. */
    public DocpipeConfiguration copy() {
        try {
            return (DocpipeConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }

    public int getDpi() {
        return dpi;
    }

    public void setDpi(int dpi) {
        this.dpi = dpi;
    }

    public String getPages() {
        return pages;
    }

    public void setPages(String pages) {
        this.pages = pages;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getOutput() {
        return output;
    }

    public void setOutput(String output) {
        this.output = output;
    }

    public Integer getWidth() {
        return width;
    }

    public void setWidth(Integer width) {
        this.width = width;
    }

    public Integer getHeight() {
        return height;
    }

    public void setHeight(Integer height) {
        this.height = height;
    }

    public String getCrop() {
        return crop;
    }

    public void setCrop(String crop) {
        this.crop = crop;
    }

    public Double getRotate() {
        return rotate;
    }

    public void setRotate(Double rotate) {
        this.rotate = rotate;
    }

    public String getFlip() {
        return flip;
    }

    public void setFlip(String flip) {
        this.flip = flip;
    }

    public boolean isGrayscale() {
        return grayscale;
    }

    public void setGrayscale(boolean grayscale) {
        this.grayscale = grayscale;
    }

    public int getQuality() {
        return quality;
    }

    public void setQuality(int quality) {
        this.quality = quality;
    }

    public String getPageSize() {
        return pageSize;
    }

    public void setPageSize(String pageSize) {
        this.pageSize = pageSize;
    }
}
