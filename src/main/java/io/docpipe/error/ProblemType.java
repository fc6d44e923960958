package io.docpipe.error;

/**
 * Kinds of failure that every input reports the same way: the HTTP status, the RFC 9457 problem
 * {@code type}, the failure record beside a hot-folder file and the {@code docpipeErrorType} of a
 * failed JMS reply all come from here.
 */
public enum ProblemType {

    UNKNOWN_OPERATION(404, "unknown-operation", "Unknown operation"),
    INVALID_OPTION(400, "invalid-option", "Invalid option"),
    INVALID_REQUEST(400, "invalid-request", "Invalid request"),
    LIMIT_EXCEEDED(413, "limit-exceeded", "Limit exceeded"),
    UNSUPPORTED_INPUT(415, "unsupported-input", "Unsupported input"),
    CORRUPT_INPUT(422, "corrupt-input", "Broken input"),
    ENCRYPTED_INPUT(422, "encrypted-input", "Encrypted input"),
    INTERNAL_ERROR(500, "internal-error", "Internal error");

    private final int httpStatus;
    private final String slug;
    private final String title;

    ProblemType(int httpStatus, String slug, String title) {
        this.httpStatus = httpStatus;
        this.slug = slug;
        this.title = title;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** Short kebab-case name, used in failure records and JMS headers. */
    public String slug() {
        return slug;
    }

    /** Returns the problem-details {@code type} member, a URN, so no web page has to exist behind it. */
    public String typeUri() {
        return "urn:docpipe:problem:" + slug;
    }

    public String title() {
        return title;
    }
}
