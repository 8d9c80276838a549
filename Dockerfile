# Konsiili image: serves the built client, the REST API and socket.io; the media service runs from the
# same image with its own command and finds the mediasoup worker through MEDIASOUP_WORKER_BIN.
FROM node:20-bookworm-slim AS deps
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
COPY shared/package.json shared/
COPY server/package.json server/
COPY client/package.json client/
COPY media/package.json media/
COPY test/package.json test/
RUN npm ci --no-audit --no-fund

# mediasoup-worker from the npm tarball against Debian's libraries (README "Video worker"). Its own
# stage after `npm ci`, so only a new mediasoup version or patch set rebuilds it (about 10 minutes).
FROM deps AS worker
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
COPY media/scripts media/scripts
COPY media/worker-patches media/worker-patches
RUN bin="$(MEDIASOUP_WORKER_CACHE=/tmp/mediasoup-worker bash media/scripts/build-worker.sh | tail -n 1)" \
  && install -D -m 0755 "$bin" /opt/konsiili/mediasoup-worker \
  && rm -rf /tmp/mediasoup-worker /var/lib/apt/lists/*

FROM deps AS build
COPY . .
RUN npm run build -w client && npm prune --omit=dev

FROM node:20-bookworm-slim
# The shared libraries mediasoup-worker links (the runtime list in media/scripts/build-worker.sh).
RUN apt-get update \
  && apt-get install -y --no-install-recommends \
    libssl3 libuv1 libabsl20220623 libflatbuffers2 liburing2 libsrtp2-1 libusrsctp2 \
  && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 MEDIASOUP_WORKER_BIN=/opt/konsiili/mediasoup-worker
COPY --from=worker /opt/konsiili/mediasoup-worker /opt/konsiili/mediasoup-worker
RUN ! ldd /opt/konsiili/mediasoup-worker | grep 'not found'
WORKDIR /app
COPY --from=build /app /app
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s CMD node -e "fetch('http://127.0.0.1:3000/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "--import", "tsx", "server/src/main.ts"]
