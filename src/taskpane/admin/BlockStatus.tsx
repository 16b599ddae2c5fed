import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { type Translate, englishT } from "../../i18n/translate";
import type { BadBlock, ForwardReading, PayloadV1, UsedBlock } from "../../roundtrip";
import { Bdi } from "../common/Bdi";
import { isolatedText } from "../common/bidiText";
import { StateMessage } from "../common/StateMessage";
import { useStrings } from "../i18n/LocaleProvider";

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

/** "Outlook on the web (OfficeOnline, 16.0.1)": what the block says its pane ran in. The block's word, not a fact. */
export function clientLine(payload: PayloadV1, t: Translate = englishT): string {
  const c = payload.client;
  if (!c) return t("client.unknown");
  if (c.mode === "preview") return t("client.preview");
  const name = clientName(c.host, t);
  // The block's text is whatever its writer put there: isolated, with any direction override shown.
  const details = [c.platform, c.version]
    .filter((v): v is string => !!v)
    .map(isolatedText)
    .join(", ");
  return details ? t("client.withDetails", { name, details }) : name;
}

export function problemText(result: BadBlock, t: Translate): string {
  return t(result.status === "damaged" ? "block.damaged" : "block.foreign", { reason: result.reason });
}

const useStyles = makeStyles({
  from: { display: "block" },
  fromLabel: { fontWeight: tokens.fontWeightSemibold },
});

/**
 * Who sent the message: only ever what Outlook reports (or, for a file opened outside Outlook,
 * what the file's own From header says, worded as such). Never text from inside a block.
 */
export function SenderLine({ sender }: { sender: ForwardReading["sender"] }) {
  const styles = useStyles();
  const { t } = useStrings();
  if (sender.source === "unknown") return <Text className={styles.from}>{t("block.fromUnknown")}</Text>;
  return (
    <Text className={styles.from}>
      <span className={styles.fromLabel}>{sender.source === "file-header" ? t("block.fromFile") : t("block.fromOutlook")}</span> <Bdi text={sender.text} />
    </Text>
  );
}

function UsedStatus({ used }: { used: UsedBlock }) {
  const { t } = useStrings();
  const extras = (
    <>
      {used.payload.truncated && <Text> {t("block.truncated")}</Text>}
      {used.unknownGuidanceIds.length > 0 && <Text> {t("block.unknownAdvice", { ids: used.unknownGuidanceIds.map(isolatedText).join(", ") })}</Text>}
    </>
  );
  if (used.basis === "sender-claims") {
    return (
      <StateMessage intent="warning" title={t("block.claimsTitle")}>
        <Text>{t("block.claimsBody")}</Text>
        {extras}
      </StateMessage>
    );
  }
  return (
    <StateMessage intent="info" title={t("block.usedTitle")}>
      <Text>{t("block.usedBounce")}</Text>
      {extras}
    </StateMessage>
  );
}

/**
 * What the trust model made of the message's blocks: who sent it (Outlook's word), the block used
 * and what it may be taken for ("claims of the sender, not verified" without a bounce), the
 * forwarder's own damaged or unreadable blocks, and how many found elsewhere were ignored (listed
 * under BlockDetails). Nothing inside a block names anyone here.
 */
export function BlockStatus({ forward, hasBounce }: { forward: ForwardReading; hasBounce: boolean }) {
  const { t } = useStrings();
  const used = forward.used;
  const fallback = ` ${hasBounce ? t("block.fallbackBounce") : t("block.fallbackAsk")}`;
  return (
    <>
      <SenderLine sender={forward.sender} />
      {used && <UsedStatus used={used} />}
      {forward.ownProblems.map((b, i) => (
        <StateMessage key={i} intent="warning" title={b.status === "damaged" ? t("block.damagedTitle") : t("block.unknownTitle")}>
          <Text>
            {problemText(b, t)}
            {!used && fallback}
          </Text>
        </StateMessage>
      ))}
      {forward.ignored.length > 0 && <Text size={200}>{t("block.ignoredSummary", { n: forward.ignored.length })}</Text>}
    </>
  );
}
