package io.docpipe.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A failed request as every input reports it: the kind of failure, a detail message for the caller,
 * and the operation and request id it belongs to. {@link #of} is the one place where exceptions are
 * classified; HTTP responses, JMS replies and hot-folder failure records are all rendered from here.
 */
public record Problem(ProblemType type, String detail, String operation, String requestId) {

    /** Media type of RFC 9457 problem details in JSON. */
    public static final String MEDIA_TYPE = "application/problem+json";

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Classifies a failure by the first {@link DocpipeException} in its cause chain, so that a typed
     * exception wrapped by Camel (for example a {@code ResolveEndpointFailedException} around an
     * unknown operation) keeps its type. Any other failure is an internal error, and its message stays
     * out of the detail because it is written for maintainers, not callers.
     */
    public static Problem of(Throwable failure, String operation, String requestId) {
        DocpipeException typed = findTyped(failure);
        if (typed != null) {
            return new Problem(typed.problemType(), typed.getMessage(), operation, requestId);
        }
        return new Problem(ProblemType.INTERNAL_ERROR,
                "The request failed because of an internal error; the server log has the details under"
                        + " request id " + requestId,
                operation, requestId);
    }

    private static DocpipeException findTyped(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable current = failure; current != null && seen.add(current); current = current.getCause()) {
            if (current instanceof DocpipeException typed) {
                return typed;
            }
        }
        return null;
    }

    public int status() {
        return type.httpStatus();
    }

    /** True for failures the caller can fix (status below 500). */
    public boolean isClientError() {
        return type.httpStatus() < 500;
    }

    /**
     * Renders RFC 9457 problem details: the standard members {@code type}, {@code title},
     * {@code status}, {@code detail} and, when not null, {@code instance}, plus the extension members
     * {@code operation} and {@code requestId}.
     */
    public byte[] toJson(String instance) {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("type", type.typeUri());
        members.put("title", type.title());
        members.put("status", type.httpStatus());
        members.put("detail", detail);
        if (instance != null) {
            members.put("instance", instance);
        }
        members.put("operation", operation);
        members.put("requestId", requestId);
        try {
            return JSON.writeValueAsBytes(members);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write problem details as JSON", e);
        }
    }
}
