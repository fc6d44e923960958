package io.docpipe.component;

import org.apache.camel.spi.Metadata;

/**
 * Message headers that the docpipe component reads and writes. Inputs (HTTP, JMS, hot folders) set
 * the request headers; the producer sets the result headers.
 */
public final class DocpipeHeaders {

    /** {@code String}: the operation name, such as {@code ocr}; inputs set it before calling the component. */
    @Metadata(description = "The operation name, such as ocr.", javaType = "String")
    public static final String OPERATION = "DocpipeOperation";

    /**
     * {@code Map<String, Object>} or {@code String} in query form ({@code language=vie&output=json}):
     * options for this message only, bound and validated like endpoint options and taking precedence
     * over them.
     */
    @Metadata(description = "Per-message options as a map or a query string.", javaType = "Object")
    public static final String OPTIONS = "DocpipeOptions";

    /** {@code String}: the input's file name; used for naming results and as a type hint. */
    @Metadata(description = "The input's file name.", javaType = "String")
    public static final String FILE_NAME = "DocpipeFileName";

    /** {@code String}: the request id, unique per input; set by the producer when an input did not. */
    @Metadata(description = "The request id.", javaType = "String")
    public static final String REQUEST_ID = "DocpipeRequestId";

    /** {@code String}: the detected media type of the input. */
    @Metadata(description = "The detected media type of the input.", javaType = "String")
    public static final String INPUT_MEDIA_TYPE = "DocpipeInputMediaType";

    /** {@code String}: the result's file name, such as {@code scan.txt}. */
    @Metadata(description = "The result's file name.", javaType = "String")
    public static final String RESULT_FILE_NAME = "DocpipeResultFileName";

    /** {@code String}: the result's media type; {@code Content-Type} is set to the same value. */
    @Metadata(description = "The result's media type.", javaType = "String")
    public static final String RESULT_MEDIA_TYPE = "DocpipeResultMediaType";

    private DocpipeHeaders() {
    }
}
