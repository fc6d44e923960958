package io.docpipe.route;

import io.docpipe.error.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one log line of a failed request: warn without a stack trace when the caller can fix it, error
 * with the stack trace when docpipe failed. Both carry the request id, operation and input.
 */
public final class FailureLog {

    private static final Logger LOG = LoggerFactory.getLogger(FailureLog.class);

    private FailureLog() {
    }

    public static void log(Problem problem, RequestInput input, Throwable failure) {
        if (problem.isClientError()) {
            LOG.warn("Request {} for operation '{}' from {} rejected ({} {}): {}", problem.requestId(),
                    problem.operation(), input, problem.status(), problem.type().slug(), problem.detail());
        } else {
            LOG.error("Request {} for operation '{}' from {} failed", problem.requestId(), problem.operation(),
                    input, failure);
        }
    }
}
