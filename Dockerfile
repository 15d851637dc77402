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
USER node
EXPOSE 3000
CMD ["node", "dist/server/apps/api/src/main.js"]

FROM nginx:1.27-alpine AS portal
# The image fills templates in from the environment at start; only PUBLIC_URL is substituted.
ENV NGINX_ENVSUBST_FILTER=^PUBLIC_URL$ PUBLIC_URL=http://localhost:8080
COPY deploy/nginx.conf /etc/nginx/templates/default.conf.template
COPY deploy/security-headers.conf /etc/nginx/snippets/security-headers.conf
COPY --from=build /app/dist/apps/portal /usr/share/nginx/html
