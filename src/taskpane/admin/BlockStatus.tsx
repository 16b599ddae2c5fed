import { Text } from "@fluentui/react-components";
import { type Translate, englishT } from "../../i18n/translate";
import type { BlockResult, PayloadV1 } from "../../roundtrip";
import { StateMessage } from "../common/StateMessage";
import { useStrings } from "../i18n/LocaleProvider";
import { isolatedText } from "../common/bidiText";

/** Mailbox diagnostics host names with a product name of their own ("Outlook" stays as it is). */
const CLIENT_KEYS = {
  OutlookWebApp: "client.OutlookWebApp",
  newOutlookWindows: "client.newOutlookWindows",
  OutlookIOS: "client.OutlookIOS",
  OutlookAndroid: "client.OutlookAndroid",
} as const;

function clientName(host: string | undefined, t: Translate): string {
  if (host && Object.hasOwn(CLIENT_KEYS, host)) return t(CLIENT_KEYS[host as keyof typeof CLIENT_KEYS]);
  return host ? isolatedText(host) : "Outlook";
}

/** "Outlook on the web (OfficeOnline, 16.0.1)": what the sender's pane ran in, as it reported it. */
export function clientLine(payload: PayloadV1, t: Translate = englishT): string {
  const c = payload.client;
  if (!c) return t("client.unknown");
  if (c.mode === "preview") return t("client.preview");
  const name = clientName(c.host, t);
  // The block's text is whatever the sender wrote: isolated, with any direction override shown.
  const details = [c.platform, c.version].filter((v): v is string => !!v).map(isolatedText).join(", ");
  return details ? t("client.withDetails", { name, details }) : name;
}

function problem(result: Exclude<BlockResult, { status: "ok" }>, t: Translate): string {
  return t(result.status === "damaged" ? "block.damaged" : "block.foreign", { reason: result.reason });
}

/** Whether the forwarded block can be used, and who sent it; a bad block is named, never half-used. */
export function BlockStatus({ blocks, hasBounce }: { blocks: readonly BlockResult[]; hasBounce: boolean }) {
  const { t, date } = useStrings();
  const ok = blocks.find((b): b is Extract<BlockResult, { status: "ok" }> => b.status === "ok");
  const bad = blocks.filter((b): b is Exclude<BlockResult, { status: "ok" }> => b.status !== "ok");
  const fallback = ` ${hasBounce ? t("block.fallbackBounce") : t("block.fallbackAsk")}`;
  return (
    <>
      {ok && (
        <StateMessage intent="info" title={t("block.sentBy", { client: clientLine(ok.payload, t), date: date(ok.payload.createdAt) ?? ok.payload.createdAt })}>
          {ok.payload.truncated && <Text>{t("block.truncated")}</Text>}
          {ok.unknownGuidanceIds.length > 0 && <Text> {t("block.unknownAdvice", { ids: ok.unknownGuidanceIds.map(isolatedText).join(", ") })}</Text>}
        </StateMessage>
      )}
      {bad.map((b, i) => (
        <StateMessage key={i} intent="warning" title={b.status === "damaged" ? t("block.damagedTitle") : t("block.unknownTitle")}>
          <Text>
            {problem(b, t)}
            {!ok && fallback}
          </Text>
        </StateMessage>
      ))}
    </>
  );
}
