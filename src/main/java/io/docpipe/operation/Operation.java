package io.docpipe.operation;

import io.docpipe.component.DocpipeConfiguration;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/**
 * One docpipe operation, such as {@code pdf-to-text}. Implementations are stateless apart from the
 * engines they own, and are called from many threads at once.
 */
public interface Operation {

    /** The name used in endpoint URIs, HTTP paths and JMS headers: {@code docpipe:<name>}. */
    String name();

    /** Names of the {@link DocpipeConfiguration} options this operation reads; any other is rejected. */
    Set<String> options();

    /**
     * Checks option values that the type alone does not constrain, such as a range or the formats
     * this operation can write. Called when an endpoint is created and again for per-message options.
     *
     * @throws io.docpipe.error.InvalidOptionException naming the option and its allowed values
     */
    default void validate(DocpipeConfiguration options) {
    }

    /**
     * Runs the operation on one input.
     *
     * @param workDirectory a directory private to this call for results and scratch files. It is
     *     deleted when the exchange completes, so the result must be written inside it.
     * @throws io.docpipe.error.DocpipeException for inputs the operation rejects
     */
    OutputDocument execute(InputDocument input, DocpipeConfiguration options, Path workDirectory)
            throws IOException;
}
