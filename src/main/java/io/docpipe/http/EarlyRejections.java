package io.docpipe.http;

import io.docpipe.error.DocpipeException;
import io.docpipe.error.LimitExceededException;
import io.docpipe.error.Problem;
import io.docpipe.route.FailureLog;
import io.docpipe.route.RequestInput;
import io.docpipe.route.RequestTracking;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Responds to convert requests that Spring or the servlet container rejects before the Camel route runs,
 * in the same problem format and with the same log line as the route's own error handling: uploads
 * over the multipart limits ({@code spring.servlet.multipart.*}) and form-encoded bodies, which
 * Camel's HTTP binding would try to parse into headers. It runs before Spring MVC's own problem-details
 * handler, which would respond to the same exceptions with a generic problem.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class EarlyRejections {

    private final DataSize maxFileSize;
    private final DataSize maxRequestSize;

    public EarlyRejections(@Value("${spring.servlet.multipart.max-file-size}") DataSize maxFileSize,
            @Value("${spring.servlet.multipart.max-request-size}") DataSize maxRequestSize) {
        this.maxFileSize = maxFileSize;
        this.maxRequestSize = maxRequestSize;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    public ResponseEntity<byte[]> uploadTooLarge(MaxUploadSizeExceededException exception, HttpServletRequest request) {
        // Tomcat does not say which limit the upload broke, so the message names both.
        Problem problem = problem(new LimitExceededException("The upload is larger than the maximum of "
                + maxFileSize.toBytes() + " bytes per file (spring.servlet.multipart.max-file-size) or "
                + maxRequestSize.toBytes() + " bytes per request (spring.servlet.multipart.max-request-size);"
                + " send a smaller file", exception), request);

        return ResponseEntity.status(HttpStatus.valueOf(problem.status()))
                .contentType(MediaType.parseMediaType(Problem.MEDIA_TYPE))
                .header(HttpRequests.REQUEST_ID_HEADER, problem.requestId())
                .body(problem.toJson(request.getRequestURI()));
    }

    /** Writes the problem response for {@code rejection} directly, for callers outside Spring MVC. */
    void write(DocpipeException rejection, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Problem problem = problem(rejection, request);
        byte[] body = problem.toJson(request.getRequestURI());

        response.setStatus(problem.status());
        response.setContentType(Problem.MEDIA_TYPE);
        response.setHeader(HttpRequests.REQUEST_ID_HEADER, problem.requestId());
        response.setHeader(HttpHeaders.CONTENT_LENGTH, String.valueOf(body.length));
        response.getOutputStream().write(body);
    }

    private static Problem problem(DocpipeException rejection, HttpServletRequest request) {
        Problem problem = Problem.of(rejection, operationFromPath(request.getRequestURI()),
                RequestTracking.newRequestId());
        FailureLog.log(problem, RequestInput.HTTP, rejection);
        return problem;
    }

    private static String operationFromPath(String path) {
        String prefix = HttpRoutes.CONVERT_PATH + "/";
        return path != null && path.startsWith(prefix) ? path.substring(prefix.length()) : null;
    }
}
