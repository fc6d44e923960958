package io.docpipe.error;

/** A document that needs a password the request did not supply. */
public class EncryptedInputException extends DocpipeException {

    public EncryptedInputException(String message) {
        super(message);
    }

    public EncryptedInputException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public ProblemType problemType() {
        return ProblemType.ENCRYPTED_INPUT;
    }
}
