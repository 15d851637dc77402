# One image for the migrate job, the API and the worker; the portal is built into it too and served by
# nginx from its own stage. Build: docker build -t hocso .
FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:22-bookworm-slim AS server
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist/server ./dist/server
# The uploads volume takes this folder's owner when it is first mounted.
RUN mkdir -p /var/lib/hocso/storage && chown node:node /var/lib/hocso/storage
USER node
EXPOSE 3000
CMD ["node", "dist/server/apps/api/src/main.js"]

# Debian's nginx, for its brotli modules (the nginx.org image has none): the portal's files go out as the
# .br (else .gz) twins the build wrote. Only PUBLIC_URL is filled into the template when the container starts.
FROM debian:bookworm-slim AS portal
RUN apt-get update \
  && apt-get install -y --no-install-recommends nginx-light libnginx-mod-http-brotli-static libnginx-mod-http-brotli-filter gettext-base \
  && rm -rf /var/lib/apt/lists/* /etc/nginx/sites-enabled/default \
  && ln -sf /dev/stdout /var/log/nginx/access.log && ln -sf /dev/stderr /var/log/nginx/error.log
ENV PUBLIC_URL=http://localhost:8080
COPY deploy/nginx.conf /etc/nginx/templates/default.conf.template
COPY deploy/security-headers.conf /etc/nginx/snippets/security-headers.conf
COPY --from=build /app/dist/apps/portal /usr/share/nginx/html
EXPOSE 80
STOPSIGNAL SIGQUIT
CMD ["sh", "-c", "envsubst '${PUBLIC_URL}' < /etc/nginx/templates/default.conf.template > /etc/nginx/conf.d/default.conf && exec nginx -g 'daemon off;'"]
