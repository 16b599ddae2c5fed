import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Translate } from "../../i18n/translate";
import type { BlockPlace, ForwardReading } from "../../roundtrip";
import { useStrings } from "../i18n/LocaleProvider";
import { clientLine } from "./BlockStatus";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

const PLACE_KEYS = {
  own: "block.place.own",
  quoted: "block.place.quoted",
  attachment: "block.place.attachment",
  subject: "block.place.subject",
  headers: "block.place.headers",
  field: "block.place.field",
} as const;

const STATE_KEYS = { ok: "block.state.ok", damaged: "block.state.damaged", foreign: "block.state.foreign" } as const;

type Ignored = ForwardReading["ignored"][number];

function ignoredLine(entry: Ignored, t: Translate): string {
  const state = t(STATE_KEYS[entry.status]);
  if (entry.why === "superseded") return t("block.lineSuperseded", { state });
  return t("block.lineIgnored", { where: t(PLACE_KEYS[entry.place as BlockPlace] ?? "block.place.field"), state });
}

/** Whether there is anything about blocks to list. */
export function hasBlockDetails(forward: ForwardReading | undefined): forward is ForwardReading {
  return !!forward && (forward.used !== undefined || forward.ownProblems.length > 0 || forward.ignored.length > 0);
}

/**
 * Every block found and what became of it, plainly: the one used (with what it says about
 * itself, as its claim), the forwarder's damaged ones, and those ignored because the forwarder
 * didn't write them (quoted, attached, in the subject or headers) or wrote a later one.
 */
export function BlockDetails({ forward }: { forward: ForwardReading }) {
  const styles = useStyles();
  const { t, date } = useStrings();
  const used = forward.used;
  return (
    <div className={styles.root}>
      <Text>{t("block.proves")}</Text>
      <ul className={styles.list} aria-label={t("block.detailsList")}>
        {used && (
          <li>
            {t(used.selfForwarded ? "block.lineUsedSelf" : "block.lineUsed", {
              client: clientLine(used.payload, t),
              date: date(used.payload.createdAt) ?? used.payload.createdAt,
            })}
          </li>
        )}
        {forward.ownProblems.map((b, i) => (
          <li key={`p${i}`}>{t(b.status === "damaged" ? "block.lineDamaged" : "block.lineForeign", { reason: b.reason })}</li>
        ))}
        {forward.ignored.map((entry, i) => (
          <li key={`i${i}`}>{ignoredLine(entry, t)}</li>
        ))}
      </ul>
    </div>
  );
}
