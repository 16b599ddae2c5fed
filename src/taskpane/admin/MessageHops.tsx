import { makeStyles, tokens } from "@fluentui/react-components";
import { Fragment } from "react";
import type { MessageHop } from "../../classifier/types";
import type { UiKey } from "../../i18n/ui";
import { Bdi } from "../common/Bdi";
import { useStrings } from "../i18n/LocaleProvider";

/** A hostile report can list any number of rows; a real path has a handful. */
const MAX_HOPS_SHOWN = 30;

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  hop: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    minWidth: 0,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
  },
  title: { fontWeight: tokens.fontWeightSemibold },
  // Label above value when narrow would waste height; a two-column grid that lets values wrap reads at 320 px.
  fields: {
    display: "grid",
    gridTemplateColumns: "minmax(4.5rem, auto) minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    margin: 0,
    overflowWrap: "anywhere",
  },
  term: { color: tokens.colorNeutralForeground2 },
  def: { margin: 0 },
});

const FIELDS: ReadonlyArray<[keyof MessageHop, UiKey]> = [
  ["time", "hops.time"],
  ["from", "hops.from"],
  ["to", "hops.to"],
  ["with", "hops.with"],
  ["relayTime", "hops.relayTime"],
];

/**
 * Exchange Online's "Message Hops" table as a list of hops, one small block each: the report's
 * six columns don't fit a 320 px pane as a table. Values are the report's text, as text nodes.
 */
export function MessageHops({ hops }: { hops: readonly MessageHop[] }) {
  const styles = useStyles();
  const { t } = useStrings();
  return (
    <ol className={styles.list} aria-label={t("hops.label")}>
      {hops.slice(0, MAX_HOPS_SHOWN).map((hop, i) => (
        <li key={i} className={styles.hop}>
          <span className={styles.title}>{t("hops.hop", { n: hop.hop })}</span>
          <dl className={styles.fields}>
            {FIELDS.map(([field, label]) => {
              const value = hop[field];
              if (value === undefined || value === "") return null;
              return (
                <Fragment key={field}>
                  <dt className={styles.term}>{t(label)}</dt>
                  <dd className={styles.def}>
                    <Bdi text={String(value)} />
                  </dd>
                </Fragment>
              );
            })}
          </dl>
        </li>
      ))}
    </ol>
  );
}
