#!/usr/bin/env bash
# Builds docpipe and runs it with embedded defaults: HTTP on port 8080, Artemis inside the process
# (TCP on 127.0.0.1:61616), hot folders and the broker journal under ./data, routes from ./routes.
# Extra arguments go to the application, e.g. --server.port=9090.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/os-packages.sh
mvn -B -q -DskipTests package

source scripts/java-options.sh
exec java $JAVA_OPTS -jar target/docpipe.jar "$@"
