# Images for docker-compose: `api` (GraphQL API) and `web` (built client behind vite preview).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.json ./
COPY api/package.json api/
COPY web/package.json web/
COPY graph-seed/package.json graph-seed/
COPY tests/package.json tests/
COPY neo4j/package.json neo4j/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build -w api && npm run build -w web

FROM build AS api
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
EXPOSE 4000
# The API's Node flags: see API_NODE_FLAGS in scripts/processes.ts.
CMD ["node", "--max-semi-space-size=64", "api/dist/index.js"]

FROM build AS web
ENV WEB_PORT=5173
EXPOSE 5173
CMD ["npx", "vite", "preview", "--config", "web/vite.config.ts", "web", "--host", "0.0.0.0", "--port", "5173"]
