import type { components } from '@icontact/openapi';

/** A schema of the contract, as its generated types define it: what a view must produce. */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];
