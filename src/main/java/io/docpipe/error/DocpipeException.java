package io.docpipe.error;

/**
 * Base of the failures that operations raise on purpose. Each subclass fixes its {@link ProblemType},
 * so error handling branches on the type and never on the message text. The message is written for
 * the caller: it names the value at fault and, where there is one, the fix.
 */
public abstract class DocpipeException extends RuntimeException {

    protected DocpipeException(String message) {
        super(message);
    }

    protected DocpipeException(String message, Throwable cause) {
        super(message, cause);
    }

    public abstract ProblemType problemType();
}
