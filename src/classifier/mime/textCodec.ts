/**
 * TextDecoder/TextEncoder exist in browsers and in Node, but the classifier compiles without
 * DOM or Node typings (it must not depend on either), so they are reached through globalThis.
 */
interface DecoderLike {
  /** The canonical name the label resolved to ("latin1" → "windows-1252"). */
  readonly encoding: string;
  decode(input?: Uint8Array): string;
}
interface CodecGlobals {
  TextDecoder: new (label?: string, options?: { fatal?: boolean }) => DecoderLike;
  TextEncoder: new () => { encode(text: string): Uint8Array };
}

const codec = globalThis as unknown as CodecGlobals;

export function makeDecoder(label: string, options?: { fatal?: boolean }): DecoderLike {
  return new codec.TextDecoder(label, options);
}

const encoder = new codec.TextEncoder();
export function encodeUtf8(text: string): Uint8Array {
  return encoder.encode(text);
}
