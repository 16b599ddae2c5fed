import { useCallback, useReducer, useRef } from "react";
import { isAdminAddress } from "../../classifier/mail/address";
import type { MailHost } from "../../outlook/types";
import { errorMessage } from "../common/withTimeout";
import { useStrings } from "../i18n/LocaleProvider";
import { adminAddressReducer, type AdminAddressState, initialAdminAddress } from "./adminAddressState";

function initialSetting(host: MailHost): AdminAddressState {
  try {
    const setting = host.getAdminAddressSetting();
    return initialAdminAddress(setting?.address ?? "", setting?.source ?? "user");
  } catch {
    return initialAdminAddress("", "user");
  }
}

export interface AdminAddress {
  state: AdminAddressState;
  /** A saved, valid address to forward to; undefined means the form must be filled first. */
  usable(): string | undefined;
  /** Opens the form; `andForward`: saving continues to the forward. */
  ask(andForward: boolean): void;
  type(draft: string): void;
  cancel(): void;
  /** Validates and saves; resolves to the address to forward to when the form was opened by Forward. */
  save(): Promise<string | undefined>;
  /** Callback ref for the field: focus lands there when the form opens (it may mount a moment later). */
  inputRef(el: HTMLInputElement | null): void;
}

export function useAdminAddress(host: MailHost): AdminAddress {
  const { t } = useStrings();
  const [state, dispatch] = useReducer(adminAddressReducer, host, initialSetting);
  // The field is its own chunk: on first use it mounts a moment after the click, so focus is
  // given when it attaches (callback ref) or, when it is already there, after this render.
  const field = useRef<HTMLInputElement | null>(null);
  const focusPending = useRef(false);
  const inputRef = useCallback((el: HTMLInputElement | null) => {
    field.current = el;
    if (el && focusPending.current) {
      focusPending.current = false;
      el.focus();
    }
  }, []);

  const ask = useCallback((andForward: boolean) => {
    dispatch({ type: "open", andForward });
    focusPending.current = true;
    setTimeout(() => {
      if (focusPending.current && field.current) {
        focusPending.current = false;
        field.current.focus();
      }
    }, 0);
  }, []);

  const save = async (): Promise<string | undefined> => {
    const address = state.draft.trim();
    if (!isAdminAddress(address)) {
      dispatch({ type: "invalid", message: t("forward.invalid") });
      return undefined;
    }
    dispatch({ type: "saving" });
    try {
      const result = await host.saveAdminAddress(address);
      if (result.ok) dispatch({ type: "saved", address });
      else dispatch({ type: "save-failed", reason: result.key ? t(`host.${result.key}`) : result.message });
    } catch (error) {
      dispatch({ type: "save-failed", reason: errorMessage(error) });
    }
    // A failed save keeps the field and its value; the user asked to forward, so that still happens.
    if (!state.forwardAfterSave) return undefined;
    dispatch({ type: "forward-taken" });
    return address;
  };

  return {
    state,
    usable: () => (state.saved && isAdminAddress(state.saved) ? state.saved : undefined),
    ask,
    type: (draft) => dispatch({ type: "type", draft }),
    cancel: () => dispatch({ type: "cancel" }),
    save,
    inputRef,
  };
}
