#!/usr/bin/env bash
# Debian packages some tests need (headless Chromium for the browser tests). Needs root; without it, or
# without the package archive, it says so and the tests that need them skip with a reason.
set -uo pipefail
if command -v chromium >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "install-system-deps: not root or no apt-get; browser tests will be skipped" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
if apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium >/dev/null; then
  echo "install-system-deps: chromium installed" >&2
else
  echo "install-system-deps: could not install chromium; browser tests will be skipped" >&2
fi
exit 0
