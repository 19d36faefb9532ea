# Production image: the compiled API serving the built dashboard.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY --from=build /app/build ./build
COPY --from=build /app/dashboard/dist ./dashboard/dist
COPY content ./content
COPY reference ./reference
USER node
EXPOSE 4000
CMD ["node", "build/api/src/main.js"]
