/**
 * Parts of the pane that aren't on the first screen, each its own chunk: the admin view, the
 * input panel and its samples, the diagnostics details, the admin-address form, the Copy
 * fallback. Kept in one place
 * so it's plain what the first view leaves out.
 *
 * Each is React.lazy until its chunk has arrived and a plain component after, so `preload()` (a
 * hint: "this will be wanted") makes the next render synchronous, without a spinner.
 */
import { type ComponentType, type FunctionComponent, createElement, lazy } from "react";

export interface LazyView<P extends object> extends FunctionComponent<P> {
  preload(): Promise<unknown>;
}

function lazyView<P extends object>(load: () => Promise<ComponentType<P>>): LazyView<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const fetch = (): Promise<ComponentType<P>> => {
    if (!pending) {
      const started = load().then((component) => (loaded = component));
      // A chunk that failed to load (network) is tried again next time.
      started.catch(() => {
        if (pending === started) pending = undefined;
      });
      pending = started;
    }
    return pending;
  };
  const Lazy = lazy(() => fetch().then((component) => ({ default: component })));
  const View = (props: P) => createElement(loaded ?? Lazy, props);
  return Object.assign(View, { preload: () => fetch().catch(() => undefined) });
}

export const LazyAdminView = lazyView(() => import(/* webpackChunkName: "admin" */ "../admin/AdminView").then((m) => m.AdminView));

export const LazyPreviewInput = lazyView(() => import(/* webpackChunkName: "input" */ "../input/PreviewInput").then((m) => m.PreviewInput));

export const LazySamplePicker = lazyView(() => import(/* webpackChunkName: "samples" */ "../input/SamplePicker").then((m) => m.SamplePicker));

export const LazyDiagnosticsDetails = lazyView(() => import(/* webpackChunkName: "diagnostics" */ "./DiagnosticsDetails").then((m) => m.DiagnosticsDetails));

export const LazyAdminAddressField = lazyView(() =>
  import(/* webpackChunkName: "address-form" */ "../forward/AdminAddressField").then((m) => m.AdminAddressField),
);

/** Copy the write-up (mobile, or when the forward couldn't open): the write-up's builder comes with it. */
export const LazyCopyDiagnosis = lazyView(() => import(/* webpackChunkName: "copy" */ "../forward/CopyDiagnosis").then((m) => m.CopyDiagnosis));

// The recent-bounces UI: no Graph or sign-in code (those load once the user opts in).
export const LazyRecentNotice = lazyView(() => import(/* webpackChunkName: "recent-ui" */ "../recent/RecentBounces").then((m) => m.RecentBouncesNotice));

export const LazyRecentPanel = lazyView(() => import(/* webpackChunkName: "recent-ui" */ "../recent/RecentBounces").then((m) => m.RecentBouncesPanel));

/** Every lazy view's chunk; tests that aren't about loading call it first. */
export function preloadLazyViews(): Promise<unknown> {
  return Promise.all(
    [
      LazyAdminView,
      LazyPreviewInput,
      LazySamplePicker,
      LazyDiagnosticsDetails,
      LazyAdminAddressField,
      LazyCopyDiagnosis,
      LazyRecentNotice,
      LazyRecentPanel,
    ].map((v) => v.preload()),
  );
}
