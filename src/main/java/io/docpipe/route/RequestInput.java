package io.docpipe.route;

/**
 * The input a request arrived through. Each input's first step stores it in the exchange property
 * {@link #PROPERTY}, and the shared failure handling uses it to pick how the failure is reported.
 */
public enum RequestInput {

    HTTP,
    JMS,
    HOT_FOLDER;

    /** Exchange property holding the {@link RequestInput} of the exchange. */
    public static final String PROPERTY = "DocpipeInput";
}
