#!/bin/sh
# Runs a command with Node >= 22.12 and pnpm 10 on PATH and the workspace installed.
#
# Fresh machines of our kind only have Node 20 and npm, and can only reach the npm
# registry: corepack and pnpm's own Node download both fail there. So when the
# running Node is too old or pnpm is missing, we install `node` and `pnpm` from the
# npm registry into scripts/toolchain (its own committed lockfile, `npm ci`) and put
# its .bin first on PATH. Where a suitable Node and pnpm exist, nothing is fetched.
#
# Usage: sh scripts/bin/with-toolchain.sh <command> [args...]
set -eu

ROOT=$(CDPATH= cd -- "$(dirname -- "$0")/../.." && pwd)
TOOLCHAIN="$ROOT/scripts/toolchain"
cd "$ROOT"

export STRAPI_TELEMETRY_DISABLED=true
export ASTRO_TELEMETRY_DISABLED=1
export NEXT_TELEMETRY_DISABLED=1

say() { printf '\033[1m[wsd]\033[0m %s\n' "$*"; }

node_ok() {
  command -v node >/dev/null 2>&1 &&
    node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)' 2>/dev/null
}

pnpm_ok() {
  command -v pnpm >/dev/null 2>&1 && case "$(pnpm --version 2>/dev/null)" in 10.*) true ;; *) false ;; esac
}

toolchain_current() {
  # Installed and matching the pinned versions of the toolchain lockfile.
  [ -x "$TOOLCHAIN/node_modules/.bin/node" ] && [ -e "$TOOLCHAIN/node_modules/.bin/pnpm" ] &&
    [ "$("$TOOLCHAIN/node_modules/.bin/node" --version)" = "v$(sed -n 's/.*"node": "\([0-9.]*\)".*/\1/p' "$TOOLCHAIN/package.json")" ]
}

if ! node_ok || ! pnpm_ok; then
  if ! toolchain_current; then
    say "Installing Node 24 and pnpm 10 from the npm registry into scripts/toolchain (first run only, ~10 s)…"
    command -v npm >/dev/null 2>&1 || { say "npm is missing: install Node.js (any version >= 18) with npm first."; exit 1; }
    (cd "$TOOLCHAIN" && npm ci --no-audit --no-fund --loglevel=error) || {
      say "Toolchain install failed. Check that the npm registry is reachable (npm ping) and run again."
      exit 1
    }
  fi
  PATH="$TOOLCHAIN/node_modules/.bin:$PATH"
  export PATH
fi

# Native addons must compile against the headers of the Node that runs them, not the
# Node 20 headers that ~/.npmrc points at (nodedir=/usr).
NODE_PREFIX=$(node -p 'require("path").resolve(process.execPath, "../..")')
if [ -f "$NODE_PREFIX/include/node/node_api.h" ]; then
  export npm_config_nodedir="$NODE_PREFIX"
fi

# Install the workspace when the lockfile changed since the last install.
LOCK_HASH=$(node -e 'const c=require("crypto"),f=require("fs");process.stdout.write(c.createHash("sha256").update(f.readFileSync("pnpm-lock.yaml")).update(process.version).digest("hex"))')
STAMP="$ROOT/node_modules/.wsd-install-stamp"
if [ "$(cat "$STAMP" 2>/dev/null || true)" != "$LOCK_HASH" ]; then
  say "Installing dependencies with pnpm $(pnpm --version) on Node $(node --version) (frozen lockfile)…"
  pnpm install --frozen-lockfile --reporter=append-only || {
    say "pnpm install failed. If the lockfile is out of date run 'pnpm install' and commit pnpm-lock.yaml."
    exit 1
  }
  printf '%s' "$LOCK_HASH" >"$STAMP"
fi

exec "$@"
