#!/bin/sh
# The web container's entry: nginx in the foreground, reloaded when the old-link maps of an imported
# portal change (npm run import -- redirects writes them into the site volume; nginx reads maps only
# when it starts or reloads). A map nginx refuses leaves the running configuration as it was.
set -u
MAPS=/srv/site/old-links
digest() { cat "$MAPS"/*.map 2>/dev/null | md5sum; }

last=$(digest)
nginx -g 'daemon off;' &
nginx_pid=$!
# docker stop sends SIGQUIT (STOPSIGNAL): nginx finishes the requests in flight, then this script ends.
trap 'kill -QUIT "$nginx_pid" 2>/dev/null' QUIT TERM INT
while kill -0 "$nginx_pid" 2>/dev/null; do
  sleep 10 &
  wait $!
  now=$(digest)
  if [ "$now" != "$last" ]; then
    if nginx -t -q; then
      nginx -s reload && echo "old-link maps changed: nginx reloaded"
    else
      echo "old-link maps changed but nginx refuses them; the previous ones stay in use" >&2
    fi
    last=$now
  fi
done
wait "$nginx_pid"
