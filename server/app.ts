/**
 * The production server for dist/: fastify with @fastify/static (files, ETag/Last-Modified,
 * conditional and range requests, HEAD) and @fastify/compress (brotli or gzip by Accept-Encoding),
 * plus this project's headers. Only files that exist in dist/ when the server starts are served:
 * every other path is a 404 that never reaches the file system.
 */
import fastifyCompress from "@fastify/compress";
import fastifyStatic from "@fastify/static";
import Fastify, { type FastifyInstance, type FastifyServerOptions } from "fastify";
import { statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { PANE_PAGE } from "../build/paneFiles";
import type { PolicyTable } from "./panePolicy";
import { cacheControlFor, isCleanPath, SECURITY_HEADERS } from "./securityHeaders";

export interface AppOptions {
  /** The built dist/ folder. */
  root: string;
  policies: PolicyTable;
  tls?: { cert: Buffer; key: Buffer };
  logger?: FastifyServerOptions["logger"];
}

/** Relative path under root of a file @fastify/static is about to send, with "/" separators. */
function relativeFile(root: string, file: string): string {
  return relative(root, file).split(sep).join("/");
}

export async function createApp({ root: rootDir, policies, tls, logger = false }: AppOptions): Promise<FastifyInstance> {
  const root = resolve(rootDir);
  const options: FastifyServerOptions = { logger, return503OnClosing: true };
  // An HTTPS server takes the same routes; fastify's types differ only in the raw server class,
  // so the HTTPS options are passed under the HTTP typing.
  const app = Fastify(tls ? ({ ...options, https: { cert: tls.cert, key: tls.key } } as FastifyServerOptions) : options);

  app.addHook("onRequest", async (request, reply) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) reply.header(name, value);
    // The pane's policy on everything: a worker script takes its policy from its own response, and
    // a file opened directly (an SVG, say) is a document too. HTML pages get theirs in onSend.
    reply.header("content-security-policy", policies.pane);
    const rawPath = request.raw.url?.split("?")[0] ?? "";
    if (!isCleanPath(rawPath)) {
      reply.header("cache-control", "no-store");
      // Answered here: returning the reply ends the request before routing.
      return reply.code(404).type("text/plain; charset=utf-8").send("Not found");
    }
  });

  app.addHook("onSend", async (request, reply, payload) => {
    const type = String(reply.getHeader("content-type") ?? "");
    if (type.startsWith("text/html")) {
      const file =
        request.routeOptions.config && "file" in request.routeOptions.config
          ? String((request.routeOptions.config as { file: unknown }).file).replace(/^\//, "")
          : "";
      const page = policies.pages.get(file);
      if (page) reply.header("content-security-policy", page);
    }
    return payload;
  });

  await app.register(fastifyCompress, { global: true, encodings: ["br", "gzip"], threshold: 1024 });

  await app.register(fastifyStatic, {
    root,
    // Routes for the files present at start-up only: a path that isn't one of them never touches the disk.
    wildcard: false,
    index: false,
    list: false,
    redirect: false,
    dotfiles: "deny",
    serveDotFiles: false,
    // Cache-Control is ours per file (setHeaders); @fastify/static would otherwise add "public, max-age=0".
    cacheControl: false,
    etag: true,
    lastModified: true,
    acceptRanges: true,
    setHeaders: (reply, file) => {
      const rule = cacheControlFor(relativeFile(root, file));
      if (rule) reply.header("cache-control", rule);
    },
  });

  // The pane lives at taskpane.html; a browser pointed at the bare address gets there (relative,
  // so a proxy that mounts the server under a path keeps working).
  app.get("/", async (request, reply) => {
    const query = request.raw.url?.includes("?") ? request.raw.url.slice(request.raw.url.indexOf("?")) : "";
    reply.header("cache-control", "no-cache");
    return reply.redirect(`${PANE_PAGE}${query}`, 302);
  });

  /** For load balancers and container health checks: the build is still there. */
  app.get("/healthz", async (_request, reply) => {
    reply.header("cache-control", "no-store");
    try {
      statSync(join(root, PANE_PAGE));
      return { status: "ok" };
    } catch {
      return reply.code(503).send({ status: "unavailable", reason: `${PANE_PAGE} is missing` });
    }
  });

  app.setNotFoundHandler(async (_request, reply) => {
    reply.header("cache-control", "no-store");
    return reply.code(404).type("text/plain; charset=utf-8").send("Not found");
  });

  app.setErrorHandler(async (error: { statusCode?: number }, request, reply) => {
    // @fastify/static answers a path it refuses with 403; to a client, nothing is there.
    const status = error.statusCode ?? 500;
    reply.header("cache-control", "no-store");
    if (status === 403 || status === 404) return reply.code(404).type("text/plain; charset=utf-8").send("Not found");
    if (status >= 400 && status < 500) return reply.code(status).type("text/plain; charset=utf-8").send("");
    request.log.error(error);
    return reply.code(500).type("text/plain; charset=utf-8").send("Internal server error");
  });

  return app;
}
