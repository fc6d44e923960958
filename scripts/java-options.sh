# Sourced by run.sh and benchmark.sh: JVM settings for a small footprint, measured with
# scripts/benchmark.sh (numbers in docs/benchmarks.md). Set JAVA_OPTS to replace them.
#  - Serial GC with a small initial heap that shrinks back after work: docpipe's live heap is
#    about 50 MB when idle, and the G1 default of 1/64 of the machine's memory holds on to more.
#  - 1 GB maximum heap: room for one large page image (a 9000 x 9000 RGB page is 243 MB) plus its
#    copies while it is rendered or transformed.
#  - MALLOC_ARENA_MAX=2: native code (Tesseract, OpenCV) allocates from many threads, and glibc's
#    default of one arena per thread keeps freed memory resident.
: "${JAVA_OPTS:=-XX:+UseSerialGC -Xms32m -Xmx1g -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -Xss512k}"
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
# Tesseract runs single-threaded; docpipe parallelises over pages and files instead.
export OMP_THREAD_LIMIT=1
