package io.docpipe.ocr;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tesseract handles kept for reuse, and the worker threads that use them.
 *
 * <p>tess4j's {@code Tesseract} class creates a native instance and reloads traineddata on every call;
 * this pool instead keeps up to {@code maxHandles} handles, each loaded with one language combination,
 * and lends each to one task at a time. When the cap is reached and a task needs a language that no
 * idle handle has, the least recently used idle handle of another language is freed to make room.
 * Tasks run on {@code maxHandles} worker threads, so every worker can always get a handle and at most
 * {@code maxHandles} pages are recognised at once across all requests.
 *
 * <p>{@link #close()} frees every handle; Spring calls it at shutdown.
 */
public class TesseractPool implements AutoCloseable {

    /** The Spring property with the number of workers and handles. */
    public static final String WORKERS_PROPERTY = "docpipe.ocr.workers";

    private static final Logger LOG = LoggerFactory.getLogger(TesseractPool.class);

    private static final long SHUTDOWN_WAIT_SECONDS = 30;

    private final Path tessdata;
    private final int maxHandles;
    private final ExecutorService workers;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition handleAvailable = lock.newCondition();
    /** Idle handles, least recently used first. Guarded by {@link #lock}. */
    private final LinkedList<TesseractHandle> idle = new LinkedList<>();
    /** Handles that exist, idle or lent out, including those being created. Guarded by {@link #lock}. */
    private int handleCount;
    private boolean closed;

    /**
     * Creates an empty pool; handles are created when tasks first need them.
     *
     * @param tessdata the folder of the .traineddata files
     * @param maxHandles the number of worker threads and the maximum number of handles, at least 1
     */
    public TesseractPool(Path tessdata, int maxHandles) {
        if (maxHandles < 1) {
            throw new IllegalArgumentException("Invalid number of OCR workers " + maxHandles + "; set "
                    + WORKERS_PROPERTY + " to 1 or more");
        }
        // Here as well as before the first handle: image decoding may load native libraries before then.
        OpenMpThreadLimit.applyBeforeTesseractLoads();
        this.tessdata = tessdata;
        this.maxHandles = maxHandles;
        this.workers = Executors.newFixedThreadPool(maxHandles, new WorkerThreadFactory());
    }

    public int maxHandles() {
        return maxHandles;
    }

    /**
     * Runs {@code task} on a worker thread with a handle loaded with {@code language}, in Tesseract
     * form such as {@code vie+eng}. Tasks wait in a queue while all workers are busy.
     */
    public <T> Future<T> submit(String language, Function<TesseractHandle, T> task) {
        return workers.submit(() -> {
            TesseractHandle handle = borrow(language);
            try {
                return task.apply(handle);
            } finally {
                giveBack(handle);
            }
        });
    }

    /** Returns the number of handles that exist now, idle or in use. */
    int handleCount() {
        lock.lock();
        try {
            return handleCount;
        } finally {
            lock.unlock();
        }
    }

    private TesseractHandle borrow(String language) throws InterruptedException {
        TesseractHandle evicted = null;
        lock.lock();
        try {
            while (true) {
                if (closed) {
                    throw new IllegalStateException("The Tesseract pool is closed");
                }
                TesseractHandle reusable = takeIdle(language);
                if (reusable != null) {
                    return reusable;
                }
                if (handleCount < maxHandles) {
                    break;
                }
                if (!idle.isEmpty()) {
                    evicted = idle.removeFirst();
                    break;
                }
                handleAvailable.await();
            }
            if (evicted == null) {
                handleCount++;
            }
        } finally {
            lock.unlock();
        }

        // Loading traineddata is slow, so it happens outside the lock; the count already includes it.
        if (evicted != null) {
            LOG.debug("Freeing idle Tesseract handle for {} to load {}", evicted.language(), language);
            evicted.close();
        }
        try {
            return new TesseractHandle(tessdata, language);
        } catch (RuntimeException | Error e) {
            forgetHandle();
            throw e;
        }
    }

    /** Removes and returns the most recently used idle handle of {@code language}, or null. */
    private TesseractHandle takeIdle(String language) {
        Iterator<TesseractHandle> newestFirst = idle.descendingIterator();
        while (newestFirst.hasNext()) {
            TesseractHandle handle = newestFirst.next();
            if (handle.language().equals(language)) {
                newestFirst.remove();
                return handle;
            }
        }
        return null;
    }

    private void giveBack(TesseractHandle handle) {
        lock.lock();
        try {
            if (!closed) {
                idle.addLast(handle);
                handleAvailable.signal();
                return;
            }
            handleCount--;
        } finally {
            lock.unlock();
        }
        handle.close();
    }

    private void forgetHandle() {
        lock.lock();
        try {
            handleCount--;
            handleAvailable.signal();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Stops the workers, waiting up to 30 seconds for running pages, and frees the idle handles.
     * Handles still in use after that wait are freed when their task ends.
     */
    @Override
    public void close() {
        workers.shutdown();
        try {
            if (!workers.awaitTermination(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("OCR workers still busy after {} s; cancelling the queued pages", SHUTDOWN_WAIT_SECONDS);
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }

        List<TesseractHandle> toFree;
        lock.lock();
        try {
            closed = true;
            toFree = new ArrayList<>(idle);
            idle.clear();
            handleCount -= toFree.size();
            handleAvailable.signalAll();
        } finally {
            lock.unlock();
        }
        toFree.forEach(TesseractHandle::close);
        LOG.debug("Freed {} Tesseract handles", toFree.size());
    }

    /** Names worker threads for thread dumps and logs. */
    private static final class WorkerThreadFactory implements ThreadFactory {

        private final AtomicInteger counter = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "docpipe-ocr-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
