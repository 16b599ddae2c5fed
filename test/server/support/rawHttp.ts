/**
 * HTTP as it is on the wire: the path is sent byte for byte (no client-side normalising of ".."
 * or percent-escapes), and the body comes back as the raw bytes, not decompressed.
 */
import { request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { request as httpsRequest } from "node:https";

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export function rawRequest(
  origin: string,
  path: string,
  options: { method?: string; headers?: Record<string, string>; ca?: string } = {},
): Promise<RawResponse> {
  const url = new URL(origin);
  const send = url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(
      {
        host: url.hostname,
        port: url.port,
        method: options.method ?? "GET",
        path,
        headers: options.headers ?? {},
        ca: options.ca,
        servername: url.hostname === "127.0.0.1" ? undefined : url.hostname,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end();
  });
}
