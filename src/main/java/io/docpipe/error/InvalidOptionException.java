package io.docpipe.error;

/** An option that the operation does not take, or a value it cannot use. */
public class InvalidOptionException extends DocpipeException {

    public InvalidOptionException(String message) {
        super(message);
    }

    public InvalidOptionException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public ProblemType problemType() {
        return ProblemType.INVALID_OPTION;
    }
}
