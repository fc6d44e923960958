package io.docpipe.jms;

/**
 * Names of the JMS message properties of requests and replies. JMS property names must be Java
 * identifiers, so they are camel case; Camel passes them through unchanged as message headers.
 */
public final class JmsProperties {

    /** Request: the operation to run, such as {@code ocr}. Required. */
    public static final String OPERATION = "docpipeOperation";

    /** Request: options in query-string form, {@code language=vie&output=json}. Optional. */
    public static final String OPTIONS = "docpipeOptions";

    /** Request: the input's file name; reply: the result's file name. */
    public static final String FILE_NAME = "docpipeFileName";

    /** Reply: {@code succeeded} or {@code failed}. */
    public static final String STATUS = "docpipeStatus";

    /** Reply: the media type of the result (succeeded) or of the problem JSON (failed). */
    public static final String CONTENT_TYPE = "docpipeContentType";

    /** Reply: the request id, which docpipe's log lines carry too. */
    public static final String REQUEST_ID = "docpipeRequestId";

    /** Failed reply: the message saying what was wrong and how to fix it. */
    public static final String ERROR = "docpipeError";

    /** Failed reply: the problem type slug, such as {@code invalid-option}. */
    public static final String ERROR_TYPE = "docpipeErrorType";

    public static final String STATUS_SUCCEEDED = "succeeded";
    public static final String STATUS_FAILED = "failed";

    private JmsProperties() {
    }
}
