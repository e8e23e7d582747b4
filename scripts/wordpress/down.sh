#!/usr/bin/env bash
# Stops the servers scripts/wordpress/up.sh started (by their recorded PIDs), nothing else.
cd "$(dirname "$0")/../.."
for name in php mariadb; do
  f=target/wordpress/$name.pid
  [[ -f $f ]] || continue
  pid=$(cat "$f")
  # PHP's server runs in its own process group (setsid in up.sh): stop it with its workers.
  [[ $name == php ]] && target=-$pid || target=$pid
  if kill -- "$target" 2>/dev/null; then
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    printf 'wordpress: stopped %s (pid %s)\n' "$name" "$pid" >&2
  fi
  rm -f "$f"
done
