#!/usr/bin/env bash
# Stops the servers scripts/wordpress/up.sh started (by their recorded PIDs), nothing else.
cd "$(dirname "$0")/../.."
for name in php-workers php mariadb; do
  f=target/wordpress/$name.pid
  [[ -f $f ]] || continue
  for pid in $(cat "$f"); do
    if kill "$pid" 2>/dev/null; then
      for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      printf 'wordpress: stopped %s (pid %s)\n' "$name" "$pid" >&2
    fi
  done
  rm -f "$f"
done
