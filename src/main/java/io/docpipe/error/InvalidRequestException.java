package io.docpipe.error;

/**
 * A request that is malformed apart from its options, such as a multipart upload without its file
 * part or an unreadable header.
 */
public class InvalidRequestException extends DocpipeException {

    public InvalidRequestException(String message) {
        super(message);
    }

    public InvalidRequestException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public ProblemType problemType() {
        return ProblemType.INVALID_REQUEST;
    }
}
