#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages docpipe needs at run time and in tests, when any is missing:
# Tesseract with English, Vietnamese and Simplified Chinese data, and DejaVu fonts (test fixtures
# render Vietnamese text with them). Uses apt-get as root or through sudo without a password;
# otherwise prints the command to run and fails.
set -euo pipefail

packages=(tesseract-ocr tesseract-ocr-eng tesseract-ocr-vie tesseract-ocr-chi-sim fonts-dejavu-core)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

command="apt-get install -y --no-install-recommends ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
  sudo=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  sudo="sudo"
else
  echo "docpipe needs these packages: ${missing[*]}" >&2
  echo "Install them with:  sudo apt-get update && sudo $command" >&2
  exit 1
fi

echo "Installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q >&2
$sudo $command >&2
