import { Badge, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Actor } from "../../classifier/types";
import { actorLabels } from "../lib/actorLabels";

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS },
});

export function WhoMustAct({ actors }: { actors: readonly Actor[] }) {
  const labels = actorLabels(actors);
  return (
    <div className={useStyles().root}>
      <Text weight="semibold">Who has to act:</Text>
      {labels.length === 0 ? (
        <Text>Not known</Text>
      ) : (
        labels.map((label) => (
          <Badge key={label} appearance="tint" color={label === "You" ? "brand" : "informative"}>
            {label}
          </Badge>
        ))
      )}
    </div>
  );
}
