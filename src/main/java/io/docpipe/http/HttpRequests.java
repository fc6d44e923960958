package io.docpipe.http;

import io.docpipe.component.DocpipeHeaders;
import io.docpipe.error.InvalidRequestException;
import io.docpipe.error.LimitExceededException;
import io.docpipe.route.QueryOptions;
import io.docpipe.route.RequestInput;
import io.docpipe.route.RequestTracking;
import jakarta.activation.DataHandler;
import jakarta.servlet.http.HttpServletRequest;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.StreamCache;
import org.apache.camel.attachment.AttachmentMessage;
import org.apache.camel.attachment.CamelFileDataSource;
import org.apache.camel.attachment.DefaultAttachmentMessage;
import org.apache.camel.component.platform.http.springboot.PlatformHttpMessage;
import org.apache.camel.support.SynchronizationAdapter;
import org.apache.camel.util.FileUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * Turns a {@code POST /api/v1/convert/{operation}} request into a docpipe request. The file is the
 * multipart part {@code file} or, for any other content type, the request body; options come only
 * from the query string, and every other header and form field is dropped so that none of them
 * reaches the options or is echoed back in the response.
 */
@Component
public class HttpRequests implements Processor {

    /** Request and response header carrying the request id; a client may choose the id. */
    public static final String REQUEST_ID_HEADER = "X-Request-Id";

    /** The multipart form field that contains the file. */
    public static final String FILE_PART = "file";

    /** Exchange property holding the request path, which problem responses report as {@code instance}. */
    static final String INSTANCE_PROPERTY = "DocpipeHttpInstance";

    private static final Pattern CLIENT_REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private final DataSize maxFileSize;

    public HttpRequests(@Value("${spring.servlet.multipart.max-file-size}") DataSize maxFileSize) {
        this.maxFileSize = maxFileSize;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Message message = exchange.getMessage();
        HttpServletRequest request = ((PlatformHttpMessage) exchange.getIn()).getRequest();
        RequestTracking.begin(exchange, RequestInput.HTTP, requestId(request));
        exchange.setProperty(INSTANCE_PROPERTY, request.getRequestURI());
        // The path variable {operation} arrives as a header of that name.
        String operation = message.getHeader("operation", String.class);
        String requestId = message.getHeader(DocpipeHeaders.REQUEST_ID, String.class);
        message.removeHeaders("*");
        message.setHeader(DocpipeHeaders.REQUEST_ID, requestId);
        message.setHeader(DocpipeHeaders.OPERATION, operation);

        Upload upload = request instanceof MultipartHttpServletRequest multipart
                ? multipartUpload(exchange, multipart)
                : rawUpload(message, request);
        message.setHeader(DocpipeHeaders.FILE_NAME, upload.fileName());
        message.setBody(upload.body());
        message.setHeader(DocpipeHeaders.OPTIONS, QueryOptions.parse(request.getQueryString()));
    }

    private static String requestId(HttpServletRequest request) {
        String clientId = request.getHeader(REQUEST_ID_HEADER);
        if (clientId != null && CLIENT_REQUEST_ID.matcher(clientId).matches()) {
            return clientId;
        }
        return RequestTracking.newRequestId();
    }

    /**
     * Takes the part {@code file} of a multipart upload. Camel's platform-http binding has already
     * saved every file part to a temporary file and added it as an attachment named after its form
     * field; the original file name is only on Spring's {@link MultipartFile}.
     */
    private static Upload multipartUpload(Exchange exchange, MultipartHttpServletRequest request) {
        AttachmentMessage attachments = new DefaultAttachmentMessage(exchange.getMessage());
        deleteOnCompletion(exchange, attachments);

        DataHandler handler = attachments.getAttachment(FILE_PART);
        MultipartFile part = request.getFile(FILE_PART);
        if (handler == null || part == null
                || !(handler.getDataSource() instanceof CamelFileDataSource dataSource)) {
            throw new InvalidRequestException("The multipart request has no file part named '" + FILE_PART
                    + "'; send the document as the form field '" + FILE_PART + "'");
        }
        return new Upload(dataSource.getFile(), part.getOriginalFilename());
    }

    private Upload rawUpload(Message message, HttpServletRequest request) {
        String contentType = request.getContentType();
        if (contentType == null) {
            throw new InvalidRequestException("The request has no file: send it as the multipart form field '"
                    + FILE_PART + "' or as the request body with its Content-Type");
        }
        // NOTE: Camel has already read the body when this runs, so this limit decides the response
        // but does not stop the upload. The servlet container stops multipart uploads at their limit.
        long length = request.getContentLengthLong();
        if (length < 0 && message.getBody() instanceof StreamCache cached) {
            // A chunked body has no Content-Length, so the size comes from the cache Camel read it into.
            length = cached.length();
        }
        if (length > maxFileSize.toBytes()) {
            throw new LimitExceededException("The request body has " + length + " bytes, more than the"
                    + " maximum of " + maxFileSize.toBytes() + " bytes (spring.servlet.multipart.max-file-size)");
        }
        return new Upload(message.getBody(), fileNameFromContentDisposition(request));
    }

    /**
     * Returns the file name that a raw body gives the way uploads do, in
     * {@code Content-Disposition: attachment; filename="scan.pdf"}, or null without that header.
     */
    private static String fileNameFromContentDisposition(HttpServletRequest request) {
        String header = request.getHeader("Content-Disposition");
        if (header == null) {
            return null;
        }
        try {
            return ContentDisposition.parse(header).getFilename();
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("Invalid Content-Disposition header '" + header
                    + "'; use attachment; filename=\"name.pdf\" or leave it out", e);
        }
    }

    /**
     * Deletes the uploaded parts, which the binding leaves in the servlet temp directory, when the
     * exchange completes.
     */
    private static void deleteOnCompletion(Exchange exchange, AttachmentMessage attachments) {
        List<File> files = new ArrayList<>();
        for (DataHandler handler : attachments.getAttachments().values()) {
            if (handler.getDataSource() instanceof CamelFileDataSource dataSource) {
                files.add(dataSource.getFile());
            }
        }
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange completed) {
                files.forEach(FileUtil::deleteFile);
            }
        });
    }

    private record Upload(Object body, String fileName) {
    }
}
