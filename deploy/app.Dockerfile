# The CMS (Next production build of Payload), the site builder and the draft preview server (astro
# dev): one image, three commands.
# Built by docker-compose.yml from the repository root (see .dockerignore).
FROM node:22.23.3-bookworm-slim

ENV NEXT_TELEMETRY_DISABLED=1
WORKDIR /app

# Everything runs as the image's unprivileged `node` user. The volume mount points exist and belong
# to it, so fresh named volumes are created with that owner.
RUN mkdir -p /data/media /data/backups /srv/site /var/cache/site /var/cache/preview \
 && chown node:node /app /data/media /data/backups /srv/site /var/cache/site /var/cache/preview
USER node

# Manifests first: the dependency layer is rebuilt only when they change. The install needs the
# devDependencies too (next build, tsx for the builder, astro for the site build).
COPY --chown=node:node package.json package-lock.json ./
COPY --chown=node:node shared/package.json shared/
COPY --chown=node:node cms/package.json cms/
COPY --chown=node:node builder/package.json builder/
COPY --chown=node:node scripts/package.json scripts/
COPY --chown=node:node site/package.json site/
RUN npm ci --no-audit --no-fund

COPY --chown=node:node . .

# The Payload config refuses to load without these; `next build` never connects to the database,
# so placeholders serve for this step only (the real values come from the environment at run time).
RUN DATABASE_URL=postgres://build:build@127.0.0.1:1/build \
    PAYLOAD_SECRET=build-time-placeholder-not-a-secret \
    npm run build -w cms \
 && rm -rf cms/.next/cache

# Production mode: Payload applies pending migrations when it starts (prodMigrations).
ENV NODE_ENV=production
EXPOSE 3000
# `next start` listens on 0.0.0.0:3000. The builder service runs `npm run builder` instead, the
# preview service `npm run preview` (with NODE_ENV=development from the compose file).
CMD ["npm", "run", "start", "-w", "cms"]
