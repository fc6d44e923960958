package io.docpipe.error;

/** An operation name that no docpipe operation has. */
public class UnknownOperationException extends DocpipeException {

    public UnknownOperationException(String message) {
        super(message);
    }

    public UnknownOperationException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public ProblemType problemType() {
        return ProblemType.UNKNOWN_OPERATION;
    }
}
