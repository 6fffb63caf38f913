import scenarios, { type GuideScenario } from 'virtual:guide-scenarios';
import { entriesForGuide, GUIDE_ENTRIES, type GuideEntry } from '@icontact/errors';

/** A guide entry, its words, and what the console can do to reproduce it on this mock. */
export interface GuideReproduction {
  readonly entry: GuideEntry;
  /** The catalogue's remedies for it, in English and Russian. */
  readonly remedies: readonly { readonly code: string; readonly en: string; readonly ru: string }[];
  /** The guide scenarios that reproduce it. */
  readonly scenarios: readonly GuideScenario[];
  /**
   * The faults one click registers: the scenarios' own, each named `guide-<n>.<id>`, without the
   * window of the scenario's timetable (they strike from now until removed or used up). Empty when
   * the mock's rules produce the entry by themselves.
   */
  readonly faults: readonly Readonly<Record<string, unknown>>[];
}

function withoutWindow(fault: Readonly<Record<string, unknown>>, n: number): Record<string, unknown> {
  const { window: _window, ...target } = (fault.target ?? {}) as Record<string, unknown>;
  const id = typeof fault.id === 'string' ? fault.id : String(fault.kind);
  return {
    ...fault,
    id: `guide-${n}.${id}`,
    ...(Object.keys(target).length === 0 ? { target: {} } : { target }),
  };
}

/** Every entry of the guide, in its order, with what reproduces it. */
export const GUIDE_REPRODUCTIONS: readonly GuideReproduction[] = GUIDE_ENTRIES.map((entry) => {
  const own = scenarios.filter((scenario) => scenario.guide.includes(entry.number));
  return {
    entry,
    remedies: entriesForGuide(entry.number).map((catalogued) => ({
      code: catalogued.code,
      en: catalogued.remedy.en,
      ru: catalogued.remedy.ru,
    })),
    scenarios: own,
    faults: own.flatMap((scenario) => scenario.faults.map((fault) => withoutWindow(fault, entry.number))),
  };
});
