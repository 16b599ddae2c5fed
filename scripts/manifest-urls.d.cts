export declare const DEV_BASE: string;
export declare function parseBaseUrl(value: string | undefined): { base: string; origin: string };
export declare function rewriteManifestUrls(xml: string, baseUrl: string | undefined): string;
