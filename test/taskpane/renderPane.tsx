import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ComponentProps } from "react";
import type { MailHost } from "../../src/outlook/types";
import { App } from "../../src/taskpane/shell/App";

export function renderPane(host: MailHost, extra: Omit<ComponentProps<typeof App>, "host"> = {}) {
  const user = userEvent.setup();
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} {...extra} />
    </FluentProvider>,
  );
  return { user, ...view };
}
