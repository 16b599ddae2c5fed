/**
 * Replaced at build time by webpack's DefinePlugin (webpack.config.js, from NDR_DEFAULT_ADMIN).
 * Absent in tests and unbundled runs, so read it only through `typeof` (see orgDefault.ts).
 */
declare const __NDR_DEFAULT_ADMIN__: string | undefined;
