/**
 * Reading an HTTP answer's body with a size cap, for the pane's two network clients (Microsoft
 * Graph in src/graph, DNS-over-HTTPS in src/dns): a server that sends more than it may is cut off
 * as soon as it passes the cap, never read whole first.
 */

/** Frees the connection; a body that is already gone or errored doesn't matter here. */
export function discard(response: Response): void {
  response.body?.cancel().catch(() => undefined);
}

/** Reads at most `limit` bytes; undefined when the body is larger (declared or actual). */
export async function readLimited(response: Response, limit: number): Promise<Uint8Array | undefined> {
  const declared = Number(response.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) {
    discard(response);
    return undefined;
  }
  const body = response.body;
  if (body === null || typeof body.getReader !== "function") {
    const whole = new Uint8Array(await response.arrayBuffer());
    return whole.byteLength > limit ? undefined : whole;
  }
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
