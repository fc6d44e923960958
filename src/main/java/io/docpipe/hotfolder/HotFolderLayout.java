package io.docpipe.hotfolder;

import java.nio.file.Path;

/**
 * The folder layout of a hot folder: files arrive in {@code <data>/inbox/<folder>/}; results go to
 * {@code outbox/<folder>/}, originals to {@code archive/<folder>/} or, after a failure, to
 * {@code failed/<folder>/}. The {@code hot-folder} route template and this class both follow it.
 */
final class HotFolderLayout {

    static final String ARCHIVE = "archive";
    static final String FAILED = "failed";

    /**
     * Exchange property naming where the original file goes when the exchange completes:
     * {@link #ARCHIVE} or {@link #FAILED}. The route template's {@code move} option reads it.
     */
    static final String OUTCOME_PROPERTY = "DocpipeHotFolderOutcome";

    /** Exchange property holding the absolute path of the inbox folder the file came from. */
    static final String INBOX_PROPERTY = "DocpipeHotFolderInbox";

    private HotFolderLayout() {
    }

    /** Returns the {@code archive} or {@code failed} folder that belongs to {@code inbox}. */
    static Path outcomeFolder(Path inbox, String outcome) {
        return inbox.getParent().resolveSibling(outcome).resolve(inbox.getFileName());
    }
}
