# NDR Assistant's task pane, served by its production server (npm run serve) in a container.
#
#   docker build -t ndr-assistant .
#   docker run -p 8080:8080 ndr-assistant                      # HTTP: put your HTTPS proxy in front
#   docker run -p 8443:8443 -v /etc/ndr/tls:/tls:ro \
#     -e NDR_TLS_CERT=/tls/cert.pem -e NDR_TLS_KEY=/tls/key.pem -e PORT=8443 ndr-assistant
#   docker run ... -v /etc/ndr/org.json:/config/org.json:ro -e NDR_ORG_CONFIG=/config/org.json ndr-assistant
#
# The build stage runs the same commands as CI and the tests (npm ci, npm run build); test/build/
# dockerfile.test.ts holds this file to package.json's scripts. The runtime stage holds Node, the
# built pane (dist/) and the bundled server (dist-server/): no npm, no node_modules, no sources.

FROM node:20-bookworm-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# Build-time organisation settings, for a pane baked for one organisation (README "Organisation settings").
ARG ADDIN_BASE_URL
ARG NDR_DEFAULT_ADMIN
ARG NDR_GRAPH_CLIENT_ID
ARG NDR_CONNECT_SRC
ARG NDR_ORG_CONFIG
RUN npm run build

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production HOST=0.0.0.0 PORT=8080
WORKDIR /app
# Owned by root and read-only to the server's user.
COPY --from=build /src/dist ./dist
COPY --from=build /src/dist-server ./dist-server
USER node
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=5s CMD ["node", "dist-server/ndr-assistant-server.cjs", "--check-health"]
CMD ["node", "dist-server/ndr-assistant-server.cjs"]
