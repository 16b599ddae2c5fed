import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Diagnosis } from "../../classifier/types";
import { RawText } from "../common/RawText";
import { useStrings } from "../i18n/LocaleProvider";
import type { ProblemModel } from "./problemModel";
import { whyFacts } from "./whyFacts";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
});

/** The longer explanation, the server's own reply in full, and the facts that decided the reading. */
export function WhyWeThinkSo({ model, diagnosis }: { model: ProblemModel; diagnosis: Pick<Diagnosis, "reportingMta" | "evidence"> }) {
  const styles = useStyles();
  const { t } = useStrings();
  const facts = whyFacts(model, diagnosis, t);
  const reply = model.first?.diagnostic;
  return (
    <div className={styles.root}>
      {model.detail && <Text>{model.detail}</Text>}
      {reply ? (
        <>
          <Text weight="semibold">{t("why.serverSaid")}</Text>
          <RawText text={reply} label={t("problem.serverReply")} />
        </>
      ) : (
        <Text>{t("why.noReply")}</Text>
      )}
      {facts.length > 0 && (
        <ul className={styles.list} aria-label={t("why.factsLabel")}>
          {facts.map((fact, i) => (
            <li key={i}>{fact}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
