/** The guide scenarios of `simulations/scenarios/guide-*.yaml`, read by the build (scripts/build-console.ts). */
declare module 'virtual:guide-scenarios' {
  /** One guide scenario, as the console needs it. */
  export interface GuideScenario {
    /** The file's name, e.g. `guide-22-bad-gateway.yaml`. */
    readonly file: string;
    readonly name: string;
    readonly description: string;
    /** The guide entries it reproduces. */
    readonly guide: readonly number[];
    /** Its faults as written (windows in the scenario's local times). */
    readonly faults: readonly Readonly<Record<string, unknown>>[];
  }
  const scenarios: readonly GuideScenario[];
  export default scenarios;
}
