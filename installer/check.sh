#!/usr/bin/env bash
# Checks the built installers on this Linux machine (run as root: it installs the .deb):
#   0. the app image holds only this platform's PostgreSQL binaries and the modules it needs;
#   1. the app image's launcher opens the window under a real X server (Xvfb) and the embedded
#      database comes up (as root, which goes through `unshare -U`); commands work too;
#   2. the .deb installs with dpkg -i, puts a menu entry and icon in place, makes the
#      class-data-sharing archive its launcher uses, and its launcher (the menu entry's Exec
#      line) opens the app, as root and as a normal user;
#   3. dpkg -r removes it again.
# Usage (from anywhere):  installer/check.sh [--build] [--user NAME]
#   --build      first run `mvn -Pinstaller package -DskipTests`
#   --user NAME  the normal user for the second run of the installed app (default: tester,
#                skipped when that user does not exist)
# Screenshots and the app's logs go to target/installer/check/. Exits non-zero on any failure.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=false
user=tester
while [[ $# -gt 0 ]]; do
  case $1 in
    --build) build=true ;;
    --user) user=${2:?--user needs a name}; shift ;;
    *) echo "usage: installer/check.sh [--build] [--user NAME]" >&2; exit 2 ;;
  esac
  shift
done

out=$root/target/installer/check
image="$root/target/installer/image/WA Contacts"
launcher="$image/bin/WA Contacts"
package=wa-contacts
title='"WA Contacts"'
started=$SECONDS

say() { printf '[check %3ds] %s\n' $((SECONDS - started)) "$*"; }
fail() { printf '[check %3ds] FAIL: %s\n' $((SECONDS - started)) "$*" >&2; exit 1; }

[[ $(id -u) -eq 0 ]] || fail "run as root (the check installs and removes the .deb)"
[[ $(uname -s) == Linux ]] || fail "this check builds and installs the Linux packages only"

# --- what the check needs, installed once -------------------------------------------------
need=()
command -v Xvfb >/dev/null || need+=(xvfb)
command -v xwininfo >/dev/null || need+=(x11-utils)
[[ -x /usr/bin/import ]] || need+=(imagemagick)
command -v unzip >/dev/null || need+=(unzip)
command -v fakeroot >/dev/null || need+=(fakeroot)
if [[ ${#need[@]} -gt 0 ]]; then
  say "installing ${need[*]}"
  { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${need[@]}"; } \
    >/dev/null || fail "apt-get install ${need[*]} failed"
fi

if $build; then
  say "building: mvn -Pinstaller package -DskipTests"
  (cd "$root" && mvn -B -q -ntp -Pinstaller package -DskipTests) || fail "the installer build failed"
fi

debs=("$root"/target/installer/package/${package}_*.deb)
[[ -x $launcher ]] || fail "no app image at $image: build it with mvn -Pinstaller package (or pass --build)"
[[ -f ${debs[0]} ]] || fail "no .deb in target/installer/package: build it with mvn -Pinstaller package"
[[ ${#debs[@]} -eq 1 ]] || fail "several .deb files in target/installer/package: ${debs[*]}"
deb=${debs[0]}
rm -rf "$out" && mkdir -p "$out"

# --- 0. contents --------------------------------------------------------------------------
jar="$image/lib/app/wa-contacts.jar"
[[ -f $jar ]] || fail "the app image has no lib/app/wa-contacts.jar"
mapfile -t pg < <(unzip -Z1 "$jar" | grep -E '^postgres-.*\.txz$' || true)
[[ ${#pg[@]} -eq 1 && ${pg[0]} == "postgres-linux-x86_64.txz" ]] \
  || fail "the jar should hold exactly the linux x86_64 PostgreSQL binaries, holds: ${pg[*]:-none}"
modules=$(sed -n 's/^MODULES="\(.*\)"$/\1/p' "$image/lib/runtime/release")
for m in java.base java.desktop java.sql java.naming java.management jdk.unsupported \
         jdk.security.auth jdk.localedata jdk.crypto.ec jdk.charsets; do
  [[ " $modules " == *" $m "* ]] || fail "the runtime lacks module $m (has: $modules)"
done
say "contents ok: PostgreSQL binaries ${pg[0]} only; runtime modules: $modules"

# --- helpers ------------------------------------------------------------------------------
display=
xvfb_pid=
app_pid=
installed=false
cleanup() {
  [[ -n $app_pid ]] && kill "$app_pid" 2>/dev/null && sleep 3
  [[ -n $xvfb_pid ]] && kill "$xvfb_pid" 2>/dev/null
  if $installed; then dpkg -P "$package" >/dev/null 2>&1 || true; fi
  return 0
}
trap cleanup EXIT

start_x() {
  local n
  for n in $(seq 80 99); do
    [[ -e /tmp/.X$n-lock || -e /tmp/.X11-unix/X$n ]] && continue
    Xvfb ":$n" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb_pid=$!
    display=:$n
    for _ in $(seq 1 40); do
      DISPLAY=$display xwininfo -root >/dev/null 2>&1 && return 0
      kill -0 "$xvfb_pid" 2>/dev/null || break
      sleep 0.25
    done
  done
  fail "could not start Xvfb"
}

# run_app NAME LAUNCHER [USER]: starts the launcher on a new data folder, waits for the window
# and for the database, saves a screenshot, closes the app and checks its server stopped.
run_app() {
  local name=$1 exe=$2 as=${3:-} data log wid
  data=$(mktemp -d /tmp/wa-contacts-check.XXXXXX)
  local -a prefix=()
  if [[ -n $as ]]; then
    chown "$as:" "$data"
    # setpriv execs (no extra process), so $! is the app itself
    prefix=(setpriv "--reuid=$as" "--regid=$as" --init-groups --reset-env)
  fi
  "${prefix[@]}" env DISPLAY="$display" "$exe" --data-dir "$data" >"$out/$name.out" 2>&1 &
  app_pid=$!
  log=$data/logs/wa-contacts.log
  local i
  for i in $(seq 1 360); do
    wid=$(DISPLAY=$display xwininfo -root -tree 2>/dev/null | awk -v t="$title" 'index($0, t) {print $1; exit}' || true)
    [[ -n $wid ]] && grep -qs 'Window usable (categories listed)' "$log" && break
    kill -0 "$app_pid" 2>/dev/null || { cat "$out/$name.out" >&2; fail "$name: the app exited before its window was usable"; }
    sleep 0.25
  done
  [[ -n $wid ]] || { cp -f "$log" "$out/$name.log" 2>/dev/null || true; fail "$name: no window titled WA Contacts after 90 s (output: $out/$name.out)"; }
  grep -qs 'Window usable (categories listed)' "$log" \
    || { cp -f "$log" "$out/$name.log" 2>/dev/null || true; fail "$name: the window never listed the categories (log: $out/$name.log)"; }
  grep -qs 'Opened the embedded database' "$log" || fail "$name: the log does not say the embedded database opened"
  # the window icon reaches the window manager (JavaFX on GTK hands it the best of our sizes)
  local icon_size
  icon_size=$(DISPLAY=$display xprop -id "$wid" _NET_WM_ICON 2>/dev/null | grep -o 'Icon ([0-9]* x [0-9]*)' | head -1 || true)
  [[ -n $icon_size ]] || fail "$name: the window has no icon (_NET_WM_ICON)"
  sleep 1
  /usr/bin/import -display "$display" -window root "$out/$name.png" 2>/dev/null || fail "$name: screenshot failed"
  local shown usable
  shown=$(grep -o 'Window shown [0-9]* ms' "$log" | head -1 || true)
  usable=$(grep -o 'Window usable (categories listed) [0-9]* ms' "$log" | head -1 || true)
  # close as the desktop does at log-out: the app stops its database server and exits
  kill -TERM "$app_pid"
  for i in $(seq 1 120); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.25; done
  kill -0 "$app_pid" 2>/dev/null && fail "$name: the app did not exit within 30 s of SIGTERM"
  app_pid=
  pgrep -f -- "$data/pgdata" >/dev/null && fail "$name: a PostgreSQL server is still running on $data/pgdata"
  cp -f "$log" "$out/$name.log"
  rm -rf "$data"
  say "$name ok: window $wid (${icon_size,}), ${shown#Window }, ${usable#Window }, database opened and stopped; screenshot $out/$name.png"
}

start_x
say "Xvfb on $display"

# --- 1. the app image, as root ------------------------------------------------------------
run_app app-image-root "$launcher"
result=$(printf '0812-3456-7890\nhalo\n' | "$launcher" normalize 2>/dev/null | tr '\t' ' ')
[[ $result == $'VALID +6281234567890 MOBILE\nINVALID  CONTAINS_LETTERS' ]] \
  || fail "the launcher's normalize command printed: $result"
say "app image command ok: normalize"

# --- 2. the .deb --------------------------------------------------------------------------
case $(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true) in
  *" installed"|*half-*|*unpacked)
    say "removing the installed $package first"
    dpkg -r "$package" >/dev/null || fail "dpkg -r $package failed" ;;
esac
say "installing $(basename "$deb")"
installed=true
if ! dpkg -i "$deb" >"$out/dpkg-install.out" 2>&1; then
  say "dpkg -i wants packages: apt-get install -f"
  DEBIAN_FRONTEND=noninteractive apt-get install -f -y -q >>"$out/dpkg-install.out" 2>&1 \
    || fail "the .deb's dependencies could not be installed (see $out/dpkg-install.out)"
fi
[[ $(dpkg-query -W -f='${Status}' "$package") == "install ok installed" ]] || fail "$package is not installed after dpkg -i"
desktop=$(dpkg -L "$package" | grep -E '/usr/share/applications/.*\.desktop$' | head -1 || true)
[[ -n $desktop ]] || desktop=$(ls /usr/share/applications/wa-contacts-*.desktop 2>/dev/null | head -1 || true)
[[ -f $desktop ]] || fail "no menu entry in /usr/share/applications after installing"
grep -qx 'Categories=Office' "$desktop" || fail "the menu entry is not in the Office group: $desktop"
icon=$(sed -n 's/^Icon=//p' "$desktop")
[[ -f $icon ]] || fail "the menu entry's icon $icon does not exist"
exec_line=$(sed -n 's/^Exec=//p' "$desktop")
installed_launcher=$(eval "printf '%s' $exec_line")   # the Exec value is one quoted path
[[ -x $installed_launcher ]] || fail "the menu entry's Exec $exec_line is not an executable"
archive=/opt/$package/lib/app/wa-contacts.jsa
[[ -f $archive ]] || fail "postinst made no class-data-sharing archive ($archive)"
# The launcher's JVM maps it: the app's own classes come from the archive, not from the jar.
shared=$("/opt/$package/lib/runtime/bin/java" -XX:SharedArchiveFile="$archive" -Xlog:class+load=info \
    -cp "/opt/$package/lib/app/wa-contacts.jar" id.wacontacts.app.Launcher --version \
    | grep -c 'id.wacontacts.app.Launcher source: shared objects file' || true)
[[ $shared -ge 1 ]] || fail "the archive $archive is not used for the installed jar"
say "installed: $(dpkg-query -W -f='${Package} ${Version}, ${Installed-Size} KiB' "$package"), menu entry $desktop, launcher $installed_launcher, archive $(du -m "$archive" | cut -f1) MB in use"

run_app deb-root "$installed_launcher"
if id "$user" >/dev/null 2>&1; then
  run_app "deb-user-$user" "$installed_launcher" "$user"
else
  say "no user $user: skipping the run as a normal user"
fi

# --- 3. removal ---------------------------------------------------------------------------
dpkg -r "$package" >"$out/dpkg-remove.out" 2>&1 || fail "dpkg -r $package failed (see $out/dpkg-remove.out)"
installed=false
[[ -e /opt/$package ]] && fail "/opt/$package is still there after dpkg -r"
[[ -e $desktop ]] && fail "the menu entry $desktop is still there after dpkg -r"
dpkg -P "$package" >/dev/null 2>&1 || true   # drop dpkg's record of it too
say "removed: /opt/$package and the menu entry are gone"

say "PASS (sizes: app image $(du -sh "$image" | cut -f1), .deb $(du -h "$deb" | cut -f1))"
