/**
 * Replaced at build time by webpack's DefinePlugin (webpack.config.js, from NDR_DEFAULT_ADMIN).
 * Absent in tests and unbundled runs, so read it only through `typeof` (see orgDefault.ts).
 */
declare const __NDR_DEFAULT_ADMIN__: string | undefined;

/** Replaced by DefinePlugin from NDR_GRAPH_CLIENT_ID (validated as a GUID); absent in tests. */
declare const __NDR_GRAPH_CLIENT_ID__: string | undefined;
