import { Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import { CodeBlock } from "../common/CodeBlock";
import { useStrings } from "../i18n/LocaleProvider";
import { splitPlaceholders } from "./placeholders";
import type { ShownCommand } from "./stepGroups";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  shell: { fontWeight: tokens.fontWeightSemibold },
  // A placeholder to replace: readable in both themes, and not only by colour (underlined).
  mark: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
    textDecorationLine: "underline",
    textDecorationStyle: "dotted",
  },
});

/**
 * One command in one shell: the shell named above it (never in the copied text), unknown
 * placeholders marked. `group` names the list the step is in when steps are numbered per group,
 * so every block's name is unique on the page.
 */
export function CommandBlock({ command, step, group }: { command: ShownCommand; step: number; group?: string }) {
  const styles = useStyles();
  const { t } = useStrings();
  const shell = t(`shell.${command.shell}`);
  return (
    <div className={styles.root}>
      <Text size={200} className={styles.shell}>
        {shell}
      </Text>
      <CodeBlock code={command.text} label={group ? t("command.labelIn", { shell, n: step, group }) : t("command.label", { shell, n: step })}>
        {command.unknown.length === 0
          ? command.text
          : splitPlaceholders(command.text).map((part, i) =>
              part.placeholder ? (
                <mark key={i} className={styles.mark}>
                  {part.text}
                </mark>
              ) : (
                part.text
              ),
            )}
      </CodeBlock>
      {command.unknown.length > 0 && <Caption1>{t("command.replace", { names: command.unknown.join(", ") })}</Caption1>}
    </div>
  );
}
