package io.docpipe.operation;

/** File-name helpers shared by operations that name results after their input. */
public final class FileNames {

    private FileNames() {
    }

    /** Returns the name without directories or its last extension, or {@code "document"} when nothing is left. */
    public static String baseName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "document";
        }
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return base.isBlank() ? "document" : base;
    }

    /**
     * Returns the input's base name with a new extension: {@code withExtension("scan.pdf", "txt")} is
     * {@code scan.txt}.
     */
    public static String withExtension(String fileName, String extension) {
        return baseName(fileName) + "." + extension;
    }
}
