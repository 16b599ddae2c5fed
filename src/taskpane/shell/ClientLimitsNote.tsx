import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { MailHost } from "../../outlook/types";
import { useStrings } from "../i18n/LocaleProvider";
import { clientLimits } from "./clientLimits";

const useStyles = makeStyles({
  note: {
    display: "block",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    color: tokens.colorNeutralForeground2,
  },
});

/** Says what this Outlook can't give the add-in, so a thinner diagnosis isn't taken for a full one. */
export function ClientLimitsNote({ host }: { host: MailHost }) {
  const styles = useStyles();
  const { t } = useStrings();
  const { note } = clientLimits(host.info, host.canOpenForm, t);
  if (!note) return null;
  return (
    <Caption1 className={styles.note} role="note" aria-label={t("limits.label")}>
      {note}
    </Caption1>
  );
}
