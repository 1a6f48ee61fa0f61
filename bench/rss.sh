#!/bin/sh
# rss.sh runs a command and reports its peak memory: VmHWM (peak RSS, as
# /usr/bin/time -v reports it) and the peaks of its two parts, RssAnon
# (the process's own memory) and RssFile (mapped files such as bolt's
# store), sampled from /proc/PID/status every 0.2 s.
#
# Usage: bench/rss.sh COMMAND [ARG...]   (report on stderr)
"$@" &
pid=$!
anon=0 file=0 hwm=0
while kill -0 "$pid" 2>/dev/null; do
	s=$(cat /proc/$pid/status 2>/dev/null) || break
	a=$(echo "$s" | awk '/^RssAnon/ {print $2}')
	f=$(echo "$s" | awk '/^RssFile/ {print $2}')
	h=$(echo "$s" | awk '/^VmHWM/ {print $2}')
	[ -n "$a" ] && [ "$a" -gt "$anon" ] && anon=$a
	[ -n "$f" ] && [ "$f" -gt "$file" ] && file=$f
	[ -n "$h" ] && [ "$h" -gt "$hwm" ] && hwm=$h
	sleep 0.2
done
wait "$pid"
rc=$?
echo "peak RSS (VmHWM) $((hwm / 1024)) MiB; peak RssAnon $((anon / 1024)) MiB; peak RssFile $((file / 1024)) MiB" >&2
exit $rc
