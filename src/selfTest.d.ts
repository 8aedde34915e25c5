/**
 * True only in test builds (`vite build --mode e2e`, Vitest): the `?crash=<panel>` self-test is
 * compiled in there and dropped from production bundles (scripts/check-no-test-hooks.mjs).
 */
declare const __KP_SELF_TEST__: boolean;
