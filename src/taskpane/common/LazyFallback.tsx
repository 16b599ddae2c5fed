import { Spinner } from "@fluentui/react-components";
import { useStrings } from "../i18n/LocaleProvider";

/** Shown while a part of the pane that isn't on the first screen loads (React.lazy). */
export function LazyFallback() {
  const { t } = useStrings();
  return <Spinner size="tiny" labelPosition="after" label={t("lazy.loading")} />;
}
