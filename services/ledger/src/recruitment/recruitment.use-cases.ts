import { eraseParticipantData } from './erase-participant-data/erase-participant-data.use-case.js';
import { recordAmbassadorTraining } from './record-ambassador-training/record-ambassador-training.use-case.js';
import { recordConsent } from './record-consent/record-consent.use-case.js';
import { registerAmbassador } from './register-ambassador/register-ambassador.use-case.js';
import { registerParticipant } from './register-participant/register-participant.use-case.js';
import { registerWildcard } from './register-wildcard/register-wildcard.use-case.js';
import { withdrawConsent } from './withdraw-consent/withdraw-consent.use-case.js';

export const recruitmentUseCases = {
  RegisterAmbassador: registerAmbassador,
  RecordAmbassadorTraining: recordAmbassadorTraining,
  RegisterParticipant: registerParticipant,
  EraseParticipantData: eraseParticipantData,
  RecordConsent: recordConsent,
  WithdrawConsent: withdrawConsent,
  RegisterWildcard: registerWildcard,
};
