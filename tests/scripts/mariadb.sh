#!/usr/bin/env bash
# A throwaway MariaDB for tests and benchmarks.
#   mariadb.sh start DIR   installs mariadb-server if missing, starts a server with its data in DIR on a free
#                          port, creates user "longan", and writes DIR/env with LONGAN_TEST_MYSQL=<connection string>
#   mariadb.sh start DIR --keep   the same, but reuses the data already in DIR (benchmark datasets)
#   mariadb.sh stop DIR    stops that server by the PID in DIR/pid
set -euo pipefail
cmd=${1:?usage: mariadb.sh start|stop DIR}
dir=$(realpath -m "${2:?usage: mariadb.sh start|stop DIR}")
keep=${3:-}

stop() {
  if [[ -f "$dir/pid" ]]; then
    local pid; pid=$(cat "$dir/pid")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$pid" 2>/dev/null || true
    rm -f "$dir/pid"
  fi
  # A server left behind by an interrupted run still holds the data folder: end it too.
  if pkill -f -- "--datadir=$dir/data " 2>/dev/null; then
    for _ in $(seq 1 50); do pgrep -f -- "--datadir=$dir/data " >/dev/null || break; sleep 0.2; done
    pkill -9 -f -- "--datadir=$dir/data " 2>/dev/null || true
  fi
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

start() {
  if ! command -v mariadbd >/dev/null && [[ ! -x /usr/sbin/mariadbd ]]; then
    echo "mariadb-server is missing: installing it with apt-get" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mariadb-server >/dev/null
  fi
  export PATH="$PATH:/usr/sbin"
  stop
  local fresh=1
  if [[ "$keep" == "--keep" && -d "$dir/data/mysql" && -f "$dir/password" ]]; then
    fresh=0
  else
    rm -rf "$dir" && mkdir -p "$dir"
    mariadb-install-db --user=root --datadir="$dir/data" --auth-root-authentication-method=normal >"$dir/install.log" 2>&1
  fi
  local port; port=$(free_port)
  mariadbd --user=root --datadir="$dir/data" --socket="$dir/sock" --pid-file="$dir/pid" --port="$port" \
    --bind-address=127.0.0.1 --skip-name-resolve --innodb-buffer-pool-size=512M --innodb-flush-log-at-trx-commit=2 \
    --max-connections=500 --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
    >"$dir/server.log" 2>&1 &
  for _ in $(seq 1 150); do
    mariadb --socket="$dir/sock" -uroot -e 'SELECT 1' >/dev/null 2>&1 && break
    sleep 0.2
  done
  mariadb --socket="$dir/sock" -uroot -e 'SELECT 1' >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
  local password
  if ((fresh)); then
    password="longan-test-$RANDOM$RANDOM"
    echo "$password" > "$dir/password"
    mariadb --socket="$dir/sock" -uroot <<SQL
CREATE USER 'longan'@'localhost' IDENTIFIED BY '$password';
CREATE USER 'longan'@'127.0.0.1' IDENTIFIED BY '$password';
GRANT ALL PRIVILEGES ON *.* TO 'longan'@'localhost' WITH GRANT OPTION;
GRANT ALL PRIVILEGES ON *.* TO 'longan'@'127.0.0.1' WITH GRANT OPTION;
FLUSH PRIVILEGES;
SQL
  else
    password=$(cat "$dir/password")
  fi
  local version; version=$(mariadb --socket="$dir/sock" -uroot -N -e 'SELECT VERSION()')
  echo "LONGAN_TEST_MYSQL='Server=127.0.0.1;Port=$port;User=longan;Password=$password;'" > "$dir/env"
  echo "LONGAN_TEST_MYSQL_VERSION='$version'" >> "$dir/env"
  echo "MariaDB $version on 127.0.0.1:$port (data in $dir)" >&2
}

case "$cmd" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: mariadb.sh start|stop DIR" >&2; exit 2 ;;
esac
