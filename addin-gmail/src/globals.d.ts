/** Replaced at build time by build.mjs (esbuild `define`). */
declare const SLASH_API_BASE_URL: string;
