#!/usr/bin/env bash
# Runs docpipe's test suite: unit and end-to-end tests on the embedded broker, real Tesseract and
# real files. Tests that need the real-world corpus in ../shared/corpus skip where it is absent.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/os-packages.sh
exec mvn -B verify "$@"
