#!/usr/bin/env bash
# Brings up a real WordPress on 127.0.0.1 for the importer's tests: Debian's wordpress package,
# MariaDB and PHP's built-in server, with the test posts. Idempotent: a second run reuses the
# packages, the running servers, the database, the site and the posts that are already there.
#
#   bash scripts/wordpress/up.sh            # as root; prints the site's base URL on the last line
#   WP_PORT=8791 WP_BENCH_POSTS=1000 ...    # port (default 8791); extra generated posts (bench)
#
# Servers this script starts are recorded in target/wordpress/*.pid; scripts/wordpress/down.sh
# stops exactly those. Where WordPress cannot be had here (not root, and the packages missing or
# MariaDB not running), it writes why to target/wordpress/cannot-run and exits with status 3:
# callers that may skip check for that file (a status alone could come from any command here).
set -euo pipefail
cd "$(dirname "$0")/../.."
here=scripts/wordpress
state=target/wordpress
port=${WP_PORT:-8791}
base="http://127.0.0.1:$port"
mkdir -p "$state"
started=$(date +%s%N)
say() { printf 'wordpress: %s\n' "$*" >&2; }
# WordPress cannot run here: the reason, in the file callers check, and status 3.
cannot_run() { say "$*"; printf '%s\n' "$*" >"$state/cannot-run"; exit 3; }
rm -f "$state/cannot-run"

need=()
for p in wordpress wordpress-theme-twentytwentythree wordpress-theme-twentytwentytwo wordpress-theme-twentytwentyone mariadb-server php-cli php-mysql curl; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || need+=("$p")
done
if ((${#need[@]})); then
  [[ $(id -u) == 0 ]] || cannot_run "cannot install ${need[*]}: not root"
  say "installing ${need[*]} (apt)"
  # No systemd here: keep the packages' scripts from starting services.
  # (A policy-rc.d already there is left as it is.)
  own_policy=
  if [[ ! -e /usr/sbin/policy-rc.d ]]; then
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d && own_policy=1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >&2
  [[ -z $own_policy ]] || rm -f /usr/sbin/policy-rc.d
fi

# MariaDB: started by hand, stopped by PID.
if ! mariadb-admin ping --silent >/dev/null 2>&1; then
  [[ $(id -u) == 0 ]] || cannot_run "MariaDB is not running and cannot be started: not root"
  install -d -o mysql -g mysql /run/mysqld
  [[ -d /var/lib/mysql/mysql ]] || mariadb-install-db --user=mysql --datadir=/var/lib/mysql >&2
  /usr/sbin/mariadbd --user=mysql --skip-networking=0 --bind-address=127.0.0.1 \
    >"$state/mariadb.log" 2>&1 &
  echo $! >"$state/mariadb.pid"
  for _ in $(seq 1 100); do mariadb-admin ping --silent >/dev/null 2>&1 && break; sleep 0.2; done
  mariadb-admin ping --silent >/dev/null 2>&1 || { say "MariaDB did not start, see $state/mariadb.log"; exit 1; }
  say "MariaDB started (pid $(cat "$state/mariadb.pid"))"
fi
mariadb <<'SQL'
CREATE DATABASE IF NOT EXISTS article_embed_wp CHARACTER SET utf8mb4;
CREATE USER IF NOT EXISTS 'article_embed'@'localhost' IDENTIFIED BY 'article_embed';
GRANT ALL ON article_embed_wp.* TO 'article_embed'@'localhost';
SQL

# Debian's wp-config.php loads /etc/wordpress/config-<host>.php.
cat >/etc/wordpress/config-127.0.0.1.php <<PHP
<?php
define('DB_NAME', 'article_embed_wp');
define('DB_USER', 'article_embed');
define('DB_PASSWORD', 'article_embed');
define('DB_HOST', 'localhost');
define('WP_CONTENT_DIR', '/var/lib/wordpress/wp-content');
define('WP_HOME', '$base');
define('WP_SITEURL', '$base');
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('DISABLE_WP_CRON', true);
PHP

# The test site's must-use plugin: oEmbed from loopback hosts on any port (the card test).
install -D -m 644 "$here/oembed-local.php" /var/lib/wordpress/wp-content/mu-plugins/article-embed-oembed-local.php

# PHP's built-in server with a router (pretty permalinks, /wp-json/, /wp-content/).
if ! curl -fsS -o /dev/null "$base/?rest_route=/" 2>/dev/null; then
  # Several workers, so parallel fetches (--jobs) are answered in parallel.
  PHP_CLI_SERVER_WORKERS=${WP_WORKERS:-4} WP_CONTENT=/var/lib/wordpress php -S "127.0.0.1:$port" -t /usr/share/wordpress "$here/router.php" \
    >"$state/php.log" 2>&1 &
  echo $! >"$state/php.pid"
  for _ in $(seq 1 100); do curl -fsS -o /dev/null "$base/wp-login.php" 2>/dev/null && break; sleep 0.1; done
  # The workers are the server's children; they outlive it, so down.sh stops them by PID too.
  ps -o pid= --ppid "$(cat "$state/php.pid")" >"$state/php-workers.pid" || true
  say "PHP server started on $base (pid $(cat "$state/php.pid"))"
fi

# The site and its posts, through WordPress's own PHP API.
WP_BASE="$base" php "$here/seed.php" >&2
say "ready in $(( ($(date +%s%N) - started) / 1000000 )) ms"
echo "$base"
