import { Text } from "@fluentui/react-components";
import type { BlockResult, PayloadV1 } from "../../roundtrip";
import { StateMessage } from "../components/StateMessage";
import { formatDate } from "../lib/formatDate";

const CLIENT_NAMES: Record<string, string> = {
  Outlook: "Outlook",
  OutlookWebApp: "Outlook on the web",
  newOutlookWindows: "new Outlook for Windows",
  OutlookIOS: "Outlook for iOS",
  OutlookAndroid: "Outlook for Android",
};

/** "Outlook on the web (OfficeOnline, 16.0.1)": what the sender's pane ran in, as it reported it. */
export function clientLine(payload: PayloadV1): string {
  const c = payload.client;
  if (!c) return "an unknown client";
  if (c.mode === "preview") return "NDR Assistant in a browser (not Outlook)";
  const name = (c.host && CLIENT_NAMES[c.host]) ?? c.host ?? "Outlook";
  const extra = [c.platform, c.version].filter(Boolean).join(", ");
  return extra ? `${name} (${extra})` : name;
}

function problem(result: Exclude<BlockResult, { status: "ok" }>): string {
  return result.status === "damaged"
    ? `The diagnosis block in this message is damaged (${result.reason}): it was changed on the way, so nothing in it is trusted.`
    : `This message carries a block NDR Assistant can't read (${result.reason}): it may come from another tool or a newer version, so nothing in it is trusted.`;
}

/** Whether the forwarded block can be used, and who sent it; a bad block is named, never half-used. */
export function BlockStatus({ blocks, hasBounce }: { blocks: readonly BlockResult[]; hasBounce: boolean }) {
  const ok = blocks.find((b): b is Extract<BlockResult, { status: "ok" }> => b.status === "ok");
  const bad = blocks.filter((b): b is Exclude<BlockResult, { status: "ok" }> => b.status !== "ok");
  const fallback = hasBounce ? " The diagnosis below comes from re-reading the bounce in this message." : " Ask the user to forward the bounce itself.";
  return (
    <>
      {ok && (
        <StateMessage intent="info" title={`Diagnosis sent by ${clientLine(ok.payload)} on ${formatDate(ok.payload.createdAt) ?? ok.payload.createdAt}`}>
          {ok.payload.truncated && <Text>It was shortened to fit the message, so some details are missing.</Text>}
          {ok.unknownGuidanceIds.length > 0 && <Text> It names advice this version of NDR Assistant doesn't know ({ok.unknownGuidanceIds.join(", ")}).</Text>}
        </StateMessage>
      )}
      {bad.map((b, i) => (
        <StateMessage key={i} intent="warning" title={b.status === "damaged" ? "Damaged diagnosis block: not trusted" : "Unknown diagnosis block: not trusted"}>
          <Text>
            {problem(b)}
            {!ok && fallback}
          </Text>
        </StateMessage>
      ))}
    </>
  );
}
