package io.docpipe.error;

/** An input of a handled type that cannot be read: empty, truncated or damaged beyond repair. */
public class CorruptInputException extends DocpipeException {

    public CorruptInputException(String message) {
        super(message);
    }

    public CorruptInputException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public ProblemType problemType() {
        return ProblemType.CORRUPT_INPUT;
    }
}
