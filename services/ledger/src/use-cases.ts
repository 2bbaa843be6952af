import type { CommandType } from '@spoor/contracts';
import { bundlingUseCases } from './bundling/bundling.use-cases.js';
import { conversationsUseCases } from './conversations/conversations.use-cases.js';
import { followUpUseCases } from './follow-up/follow-up.use-cases.js';
import { manifestoUseCases } from './manifesto/manifesto.use-cases.js';
import { processUseCases } from './process/process.use-cases.js';
import { recruitmentUseCases } from './recruitment/recruitment.use-cases.js';
import type { AnyUseCase } from './shared/use-case.js';
import { summitUseCases } from './summit/summit.use-cases.js';
import { updatesUseCases } from './updates/updates.use-cases.js';

/** Every command the ledger handles, by name; the compiler checks none is missing. */
export const useCases: { readonly [T in CommandType]: AnyUseCase & { command: T } } = {
  ...processUseCases,
  ...recruitmentUseCases,
  ...conversationsUseCases,
  ...bundlingUseCases,
  ...summitUseCases,
  ...followUpUseCases,
  ...manifestoUseCases,
  ...updatesUseCases,
};
