/**
 * The admin address beside the forward button, as a reducer: the saved address and where it came
 * from, the field's draft while it is open, and why it was opened (pressing Forward without an
 * address continues to the forward once saved).
 */
import type { AdminAddressSource } from "../../outlook/types";

export interface AdminAddressState {
  /** The address forwards go to ("" when none is set). */
  saved: string;
  /** Typed by the user, set by the deployment (manifest ?admin=, build default), or from a preview link's ?admin=. */
  source: AdminAddressSource;
  /** The address form is open. */
  editing: boolean;
  draft: string;
  /** The form was opened by pressing Forward: saving continues to the forward. */
  forwardAfterSave: boolean;
  /** Validation message under the field. */
  invalid?: string;
  /** Why the host couldn't save (the typed address is kept). */
  saveError?: string;
  saving: boolean;
}

export type AdminAddressAction =
  | { type: "open"; andForward: boolean }
  | { type: "type"; draft: string }
  | { type: "cancel" }
  | { type: "invalid"; message: string }
  | { type: "saving" }
  | { type: "saved"; address: string }
  | { type: "save-failed"; reason: string }
  | { type: "forward-taken" };

export function initialAdminAddress(saved: string, source: AdminAddressSource): AdminAddressState {
  return { saved, source, editing: false, draft: saved, forwardAfterSave: false, saving: false };
}

export function adminAddressReducer(state: AdminAddressState, action: AdminAddressAction): AdminAddressState {
  switch (action.type) {
    case "open":
      return { ...state, editing: true, draft: state.saved, forwardAfterSave: action.andForward, invalid: undefined, saveError: undefined };
    case "type":
      return { ...state, draft: action.draft, invalid: undefined };
    case "cancel":
      return { ...state, editing: false, forwardAfterSave: false };
    case "invalid":
      return { ...state, invalid: action.message };
    case "saving":
      return { ...state, invalid: undefined, saving: true };
    case "saved":
      // Once the user saves their own address, it is theirs (and wins over the organisation's default).
      return { ...state, saving: false, saved: action.address, source: "user", saveError: undefined, editing: false };
    case "save-failed":
      // The field and its value stay, so the user can try again.
      return { ...state, saving: false, saveError: action.reason };
    case "forward-taken":
      return { ...state, forwardAfterSave: false };
  }
}
