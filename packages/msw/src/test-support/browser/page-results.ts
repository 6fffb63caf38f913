/** What the browser page reports back to the test, on `window.__mswResults`. */
export interface PageResults {
  /** One line per step of the flow: `label: value`. */
  readonly steps: readonly string[];
  /** The first thing that went wrong, if anything did. */
  readonly error?: string;
}

/** The global the page writes its results to. */
export const RESULTS_GLOBAL = '__mswResults';
