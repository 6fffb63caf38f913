import type { SdkContext } from '../internal/sdk-context.js';
import { unwrap } from '../internal/unwrap.js';
import type { ProjectList } from '../types.js';
import { type CallOptions, initOf } from './call-options.js';

/** Client projects and the activity types each allows (R8). */
export class ProjectsResource {
  readonly #context: SdkContext;

  constructor(context: SdkContext) {
    this.#context = context;
  }

  /** Every project with its activity types. */
  async list(options: CallOptions = {}): Promise<ProjectList['items']> {
    return (await unwrap(this.#context.raw.GET('/projects', initOf(options)))).items;
  }
}
