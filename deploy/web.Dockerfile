# nginx for the public site and for the editors' CMS and draft preview ports (configuration in nginx/).
# Alpine's own nginx rather than the official nginx image: Alpine packages the brotli module built
# against that very nginx (nginx-mod-http-brotli), while the official image has no brotli module and
# a module from another build would not load into it.
FROM alpine:3.22.2

RUN apk add --no-cache nginx nginx-mod-http-brotli \
 && rm -f /etc/nginx/http.d/default.conf \
 && mkdir -p /run/nginx

COPY nginx/nginx.conf /etc/nginx/nginx.conf
COPY nginx/site.conf nginx/cms-admin.conf nginx/preview.conf /etc/nginx/http.d/

# nginx, reloaded when an import's old-link maps change (see the script).
COPY --chmod=755 nginx/reload-on-change.sh /usr/local/bin/reload-on-change.sh

# Fail the image build, not the deployment, on a configuration error or a module that does not load.
RUN nginx -t

EXPOSE 80 8080 8081
# SIGQUIT lets nginx finish the requests in flight (the script passes it on).
STOPSIGNAL SIGQUIT
CMD ["/usr/local/bin/reload-on-change.sh"]
