#!/usr/bin/env bash
# MediaWiki's own files as an oracle for the item-page reader's locale tables: Debian's `mediawiki` package (the
# MediaWiki 1.39 that real Wikibase pages were rendered with), downloaded and unpacked into .oracles/mediawiki/.
#
#   scripts/mediawiki-oracle.sh          download and unpack when missing (idempotent), print the folder
#
# Tests read languages/i18n/*.json and languages/messages/Messages*.php from there (test/support/oracle.ts,
# mediawikiPath). Nothing is installed: the .deb is unpacked with dpkg-deb -x. Environment: MEDIAWIKI_ORACLE_DIR.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
dir="${MEDIAWIKI_ORACLE_DIR:-$repo/.oracles/mediawiki}"
root="$dir/usr/share/mediawiki"

if [ -f "$root/languages/messages/MessagesEn.php" ] && [ -f "$dir/.complete" ]; then
  echo "$root"
  exit 0
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
if ! apt-get download mediawiki >&2; then
  # The package lists may be missing or stale on a fresh machine.
  apt-get update >&2
  apt-get download mediawiki >&2
fi
rm -rf "$dir"
mkdir -p "$dir"
dpkg-deb -x mediawiki_*.deb "$dir"
touch "$dir/.complete"
echo "$root"
