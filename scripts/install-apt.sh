#!/usr/bin/env bash
# Install the Debian packages listed in the given files, only those missing (idempotent).
# Usage: scripts/install-apt.sh deploy/apt/run-packages.txt [deploy/apt/test-packages.txt]
set -euo pipefail
want=()
for f in "$@"; do
  while read -r pkg _; do
    [[ -z "$pkg" || "$pkg" == \#* ]] && continue
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || want+=("$pkg")
  done < "$f"
done
((${#want[@]})) || exit 0
echo "installing Debian packages: ${want[*]}"
SUDO=""
[[ $(id -u) -eq 0 ]] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
# Postfix is driven by the tests and by deploy/postfix; never let its installer configure it.
echo "postfix postfix/main_mailer_type select No configuration" | $SUDO debconf-set-selections
echo "postfix postfix/mailname string phigate.test" | $SUDO debconf-set-selections
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${want[@]}"
# Packaged services must not keep running (or start at boot) behind the tests' backs:
# the test harness starts and stops its own instances on loopback.
for svc in postfix unbound nsd rsyslog postgresql; do
  if dpkg-query -W "$svc" >/dev/null 2>&1 && command -v systemctl >/dev/null 2>&1; then
    $SUDO systemctl disable --now "$svc" >/dev/null 2>&1 || true
  fi
done
