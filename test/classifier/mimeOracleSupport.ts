/**
 * The oracle's side of ./mimeOracle.test.ts: postal-mime's part tree, and the differences from it
 * that are known and justified.
 *
 * postal-mime's public result flattens the tree (all text parts joined into `text`), so the
 * per-part comparison reads the tree the parser itself built: `root` on the parser instance after
 * `parse()`, a field its types mark internal. If an upgrade renames it, oracleLeaves throws and
 * the test fails loudly rather than comparing nothing.
 */
import type PostalMime from "postal-mime";
import { fixWindows1252 } from "../../src/classifier/mime/charset";
import type { MimePart } from "../../src/classifier/mime/mimeTree";

/** The fields of postal-mime's MimeNode (src/mime-node.ts, v4) that the comparison reads. */
interface OracleNode {
  childNodes: OracleNode[];
  contentType: { parsed: { value: string; params: Record<string, string> } };
  contentTransferEncoding: { encoding: string };
  content: ArrayBuffer | null;
  getTextContent(): string;
}

export interface OracleLeaf {
  type: string;
  charset: string;
  transferEncoding: string;
  format: string;
  /** The part's body after transfer decoding (postal-mime's own decoders). */
  content: Uint8Array | null;
  node: OracleNode;
}

export function oracleLeaves(parser: PostalMime): OracleLeaf[] {
  const root = (parser as unknown as { root?: OracleNode }).root;
  if (!root || !Array.isArray(root.childNodes)) throw new Error("postal-mime no longer exposes its part tree as `root`; update mimeOracleSupport.ts");
  const leaves: OracleLeaf[] = [];
  const visit = (node: OracleNode): void => {
    if (node.childNodes.length) {
      for (const child of node.childNodes) visit(child);
      return;
    }
    const params = node.contentType.parsed.params;
    leaves.push({
      type: node.contentType.parsed.value,
      charset: (params.charset ?? "").trim().toLowerCase(),
      transferEncoding: node.contentTransferEncoding.encoding,
      format: (params.format ?? "").toLowerCase(),
      content: node.content ? new Uint8Array(node.content) : null,
      node,
    });
  };
  visit(root);
  return leaves;
}

/** postal-mime's decoded text of a leaf: its transfer decoding, its charset decoding. */
export function oracleTextFor(leaf: OracleLeaf): string {
  return leaf.node.getTextContent();
}

export interface OracleDifference {
  id: string;
  /** Why ours differs from the oracle and why ours is the one we keep. */
  reason: string;
  /** For a structural difference: the leaf type ours reads this oracle leaf as, or undefined when it doesn't apply. */
  readAs?(leaf: OracleLeaf): string | undefined;
  /** For a text difference: whether it can apply to this part. */
  applies?(leaf: OracleLeaf, part: MimePart): boolean;
  /** For a text difference: the oracle's text as it would be with our (justified) behaviour. */
  adjustOracle?(oracleText: string, leaf: OracleLeaf): string;
  /** For a header difference: whether ours (`ours`) may stand where the oracle gave `oracle`. */
  acceptsHeader?(field: string, ours: string | undefined, oracle: string | undefined): boolean;
}

const resolvesTo1252 = (label: string): boolean => {
  try {
    return new TextDecoder(label || "utf-8").encoding === "windows-1252";
  } catch {
    return false;
  }
};

export const ORACLE_DIFFERENCES: OracleDifference[] = [
  {
    id: "windows-1252-c1",
    reason:
      "Node's TextDecoder decodes windows-1252 bytes 0x80-0x9F as C1 controls (as Latin-1 would); browsers and the " +
      "WHATWG table give € “ ” – …. postal-mime inherits Node's output; ours corrects it so the CLI and the pane agree.",
    applies: (leaf) => resolvesTo1252(leaf.charset),
    adjustOracle: (text) => fixWindows1252(text),
  },
  {
    id: "unsplittable-multipart-read-as-text",
    reason:
      "A multipart part whose boundary is missing or never written (old MTAs; Office 365 putting boundary= on an " +
      "unfolded line) stays an unread multipart leaf in postal-mime, so the report's words are lost. Ours reads that " +
      "body as text/plain (with a warning), because those words are the bounce. The text is still compared.",
    readAs: (leaf) => (leaf.type.startsWith("multipart/") ? "text/plain" : undefined),
  },
  {
    id: "japanese-mislabelled-iso-2022-jp",
    reason:
      "8-bit Japanese text (EUC-JP or Shift_JIS) labelled ISO-2022-JP, which is a 7-bit encoding: postal-mime decodes " +
      "it as labelled and gets replacement characters. Ours sees the 8-bit bytes and reads them as EUC-JP (then " +
      "Shift_JIS), so the report's own words can be read. The oracle is decoded the same way before comparing.",
    applies: (leaf) => /^iso-?2022-?jp/i.test(leaf.charset),
    adjustOracle: (text, leaf) => (text.includes("\ufffd") && leaf.content ? new TextDecoder("euc-jp").decode(leaf.content) : text),
  },
  {
    id: "from-without-mailbox-shown-raw",
    reason:
      "A From header holding no mailbox at all (`From: <>`, the null sender) gives postal-mime no `from`; ours shows " +
      "the header's raw value, so the pane can say who sent it rather than nothing.",
    acceptsHeader: (field, ours, oracle) => field.startsWith("From") && oracle === undefined && ours === "<>",
  },
];
