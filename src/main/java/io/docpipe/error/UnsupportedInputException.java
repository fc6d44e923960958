package io.docpipe.error;

/** An input whose type the operation does not handle, such as a text file sent to a PDF operation. */
public class UnsupportedInputException extends DocpipeException {

    public UnsupportedInputException(String message) {
        super(message);
    }

    public UnsupportedInputException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public ProblemType problemType() {
        return ProblemType.UNSUPPORTED_INPUT;
    }
}
