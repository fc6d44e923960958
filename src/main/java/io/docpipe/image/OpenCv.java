package io.docpipe.image;

import org.bytedeco.javacpp.Loader;
import org.bytedeco.opencv.opencv_java;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the OpenCV native libraries from Bytedeco's jars once per JVM, so that the official OpenCV
 * Java API ({@code org.opencv.*}) can be used. The first load in a fresh environment extracts the
 * libraries to {@code ~/.javacpp/cache}; later loads read them from there.
 */
public final class OpenCv {

    private static final Logger LOG = LoggerFactory.getLogger(OpenCv.class);

    private static volatile boolean loaded;

    private OpenCv() {
    }

    /**
     * Loads the natives unless already loaded. Safe to call from many threads and on every use.
     *
     * @throws IllegalStateException when the natives cannot be loaded, such as on a platform other
     *     than linux-x86_64 or when the cache directory is not writable
     */
    public static void ensureLoaded() {
        if (loaded) {
            return;
        }
        synchronized (OpenCv.class) {
            if (loaded) {
                return;
            }
            long started = System.nanoTime();
            try {
                Loader.load(opencv_java.class);
            } catch (UnsatisfiedLinkError | RuntimeException e) {
                throw new IllegalStateException("Failed to load the OpenCV native libraries for platform '"
                        + Loader.getPlatform() + "': the project ships them for linux-x86_64 only, and they are"
                        + " extracted to ~/.javacpp/cache (or the directory in system property"
                        + " org.bytedeco.javacpp.cachedir), which must be writable", e);
            }
            loaded = true;
            LOG.debug("Loaded OpenCV {} natives in {} ms", org.opencv.core.Core.VERSION,
                    (System.nanoTime() - started) / 1_000_000);
        }
    }
}
