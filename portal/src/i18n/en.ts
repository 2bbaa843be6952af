import { enAudit } from './en-audit';
import { enProcess } from './en-process';
import { enSite } from './en-site';
import type { Messages } from './nl';

/** The English translation: the same keys as nl.ts (the type checker and the build refuse a missing one). */
export const en: Messages = { ...enSite, ...enProcess, ...enAudit };
