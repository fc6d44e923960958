package io.docpipe.http;

import io.docpipe.error.UnsupportedInputException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rejects convert requests with a form-encoded body ({@code application/x-www-form-urlencoded},
 * which is what {@code curl --data-binary} sends unless given another Content-Type) with 415. Camel's HTTP
 * binding parses such a body into headers before any route step runs and fails on file content,
 * and the binding has no switch for this in platform-http.
 */
@Component
public class FormBodyFilter extends OncePerRequestFilter {

    private final EarlyRejections rejections;

    public FormBodyFilter(EarlyRejections rejections) {
        this.rejections = rejections;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(HttpRoutes.CONVERT_PATH + "/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isFormEncoded(request.getContentType())) {
            rejections.write(new UnsupportedInputException("Content-Type " + request.getContentType()
                    + " cannot carry a file; send the file as the multipart form field '" + HttpRequests.FILE_PART
                    + "' or as the request body with the file's own media type, such as application/pdf"),
                    request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isFormEncoded(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            return MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(MediaType.parseMediaType(contentType));
        } catch (org.springframework.util.InvalidMimeTypeException e) {
            // A Content-Type that does not parse is not a form; HttpRequests reports it.
            return false;
        }
    }
}
