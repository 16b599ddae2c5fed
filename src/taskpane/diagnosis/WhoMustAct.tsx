import { Badge, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Actor } from "../../classifier/types";
import { useStrings } from "../i18n/LocaleProvider";

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS },
});

export function WhoMustAct({ actors }: { actors: readonly Actor[] }) {
  const { t } = useStrings();
  const styles = useStyles();
  const shown = [...new Set(actors)];
  return (
    <div className={styles.root}>
      <Text weight="semibold">{t("who.label")}</Text>
      {shown.length === 0 ? (
        <Text>{t("who.unknown")}</Text>
      ) : (
        shown.map((actor) => (
          <Badge key={actor} appearance="tint" color={actor === "sender" ? "brand" : "informative"}>
            {t(`actor.${actor}`)}
          </Badge>
        ))
      )}
    </div>
  );
}
