import { nlAudit } from './nl-audit';
import { nlProcess } from './nl-process';
import { nlSite } from './nl-site';

/** Every user-facing text of the portal in Dutch: the source language. */
export const nl = { ...nlSite, ...nlProcess, ...nlAudit };

/** The shape every translation has: the same keys, the same parameters. */
export type Messages = typeof nl;
