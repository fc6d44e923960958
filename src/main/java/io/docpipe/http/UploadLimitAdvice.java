package io.docpipe.http;

import io.docpipe.error.LimitExceededException;
import io.docpipe.error.Problem;
import io.docpipe.route.RequestTracking;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Answers uploads larger than Spring's multipart limits ({@code spring.servlet.multipart.*}) with a
 * 413 problem response. Spring rejects them while parsing the multipart body, before any Camel
 * route runs, so the shared error handling of the routes never sees them.
 */
@RestControllerAdvice
public class UploadLimitAdvice {

    private static final Logger LOG = LoggerFactory.getLogger(UploadLimitAdvice.class);

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    public ResponseEntity<byte[]> uploadTooLarge(MaxUploadSizeExceededException exception, HttpServletRequest request) {
        String requestId = RequestTracking.newRequestId();
        String operation = operationFromPath(request.getRequestURI());
        String limit = exception.getMaxUploadSize() < 0 ? "the configured maximum"
                : exception.getMaxUploadSize() + " bytes";
        Problem problem = Problem.of(new LimitExceededException("The upload is larger than " + limit
                + " (spring.servlet.multipart.max-file-size and max-request-size); send a smaller file"),
                operation, requestId);
        LOG.warn("Request {} for operation '{}' from HTTP rejected ({} {}): {}", requestId, operation,
                problem.status(), problem.type().slug(), problem.detail());

        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                .contentType(MediaType.parseMediaType(Problem.MEDIA_TYPE))
                .header(HttpRequests.REQUEST_ID_HEADER, requestId)
                .body(problem.toJson(request.getRequestURI()));
    }

    private static String operationFromPath(String path) {
        String prefix = HttpRoutes.CONVERT_PATH + "/";
        return path != null && path.startsWith(prefix) ? path.substring(prefix.length()) : null;
    }
}
