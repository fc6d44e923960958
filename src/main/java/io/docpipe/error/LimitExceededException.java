package io.docpipe.error;

/** An input or result larger than a configured limit allows. */
public class LimitExceededException extends DocpipeException {

    public LimitExceededException(String message) {
        super(message);
    }

    public LimitExceededException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public ProblemType problemType() {
        return ProblemType.LIMIT_EXCEEDED;
    }
}
