#!/bin/sh
# Install the Debian or Ubuntu packages that building (`site`) or testing (`test`) needs, when
# they are missing. As root it installs them with apt-get; otherwise it says what to install.
#   tools/install_system_packages.sh site|test
set -eu
what=${1:-site}
missing=""
need() { # need <package> <test command...>
  pkg=$1; shift
  if ! "$@" >/dev/null 2>&1; then missing="$missing $pkg"; fi
}
has_lib() { ldconfig -p 2>/dev/null | grep -q "$1"; }

need python3-venv python3 -c "import ensurepip, venv"
need libpango-1.0-0 has_lib libpango-1.0.so
need libpangoft2-1.0-0 has_lib libpangoft2-1.0.so
need libharfbuzz-subset0 has_lib libharfbuzz-subset.so   # WeasyPrint subsets fonts with it (quicker PDFs)
if [ "$what" = test ]; then
  need chromium sh -c "command -v chromium || command -v chromium-browser"
  need chromium-headless-shell command -v chromium-headless-shell   # the browser checks: a quarter less CPU
  need poppler-utils command -v pdftoppm
  need default-jre-headless command -v java
  need faketime command -v faketime              # builds the site "on another day" to prove it is reproducible
  need npm command -v npm
  need nginx sh -c "command -v nginx || test -x /usr/sbin/nginx"     # serves the site as deploy/nginx.conf says
  need libnginx-mod-http-brotli-static test -e /usr/lib/nginx/modules/ngx_http_brotli_static_module.so
fi

[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing system packages:$missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # shellcheck disable=SC2086
  # RUNLEVEL=1: a package with a service (nginx) is installed without starting it; the tests
  # start their own, on 127.0.0.1.
  RUNLEVEL=1 apt-get install -y -qq --no-install-recommends $missing >/dev/null
  exit 0
fi
echo "These system packages are missing:$missing" >&2
echo "Install them (on Debian or Ubuntu: sudo apt-get install$missing), then run make again." >&2
echo "On another system, see 'Other systems' in README.md." >&2
exit 1
