import { ErrorCode } from '@spoor/contracts';
import { ambassadorRegistered, DISTRICT, participantRegistered, PROCESS, processStarted } from '../shared/testing/fixtures.js';
import { specify } from '../shared/testing/use-case-specification.js';
import { recordAmbassadorTraining } from './record-ambassador-training/record-ambassador-training.use-case.js';
import { recordConsent } from './record-consent/record-consent.use-case.js';
import { registerAmbassador } from './register-ambassador/register-ambassador.use-case.js';
import { registerParticipant } from './register-participant/register-participant.use-case.js';
import { registerWildcard } from './register-wildcard/register-wildcard.use-case.js';
import { withdrawConsent } from './withdraw-consent/withdraw-consent.use-case.js';

const started = { 'process-leiden': [processStarted] };
const participant = { processId: PROCESS, participantId: 'p-1', districtCode: DISTRICT, ageBand: '27-39', gender: 'vrouw', otherBands: {} };
const consent = { participantId: 'p-1', purpose: 'follow-up-contact' as const, consentVersion: '2017-09' };

describe('RegisterAmbassador', () => {
  it('registers an ambassador in a district of the process', () =>
    specify(registerAmbassador).given(started).when({ ambassadorId: 'amb-1', processId: PROCESS, districtCode: DISTRICT }).then([ambassadorRegistered('amb-1')]));

  it('needs a started process', () =>
    specify(registerAmbassador).given().when({ ambassadorId: 'amb-1', processId: PROCESS, districtCode: DISTRICT }).thenThrows(ErrorCode.PreconditionFailed, /processId/));

  it('refuses a district outside the municipality', () =>
    specify(registerAmbassador).given(started).when({ ambassadorId: 'amb-1', processId: PROCESS, districtCode: 'WK059900' }).thenThrows(ErrorCode.BadUserInput, /districtCode/));

  it('refuses to register the same ambassador twice', () =>
    specify(registerAmbassador)
      .given({ ...started, 'ambassador-amb-1': [ambassadorRegistered('amb-1')] })
      .when({ ambassadorId: 'amb-1', processId: PROCESS, districtCode: DISTRICT })
      .thenThrows(ErrorCode.AlreadyExists));
});

describe('RecordAmbassadorTraining', () => {
  const training = { ambassadorId: 'amb-1', trainedOn: '2017-09-05', training: 'Gespreksleiding' };
  it('records a training', () =>
    specify(recordAmbassadorTraining).given({ 'ambassador-amb-1': [ambassadorRegistered()] }).when(training).then([{ type: 'AmbassadorTrained', data: training }]));
  it('refuses the same training twice', () =>
    specify(recordAmbassadorTraining)
      .given({ 'ambassador-amb-1': [ambassadorRegistered(), { type: 'AmbassadorTrained', data: training }] })
      .when(training)
      .thenThrows(ErrorCode.AlreadyExists));
  it('needs a registered ambassador', () => specify(recordAmbassadorTraining).given().when(training).thenThrows(ErrorCode.NotFound));
});

describe('RegisterParticipant', () => {
  it('registers only the pseudonymous id, district and bands', () =>
    specify(registerParticipant).given(started).when(participant).then([participantRegistered('p-1')]));
  it('refuses a participant registered before', () =>
    specify(registerParticipant).given({ ...started, 'participant-p-1': [participantRegistered('p-1')] }).when(participant).thenThrows(ErrorCode.AlreadyExists));
});

describe('RecordConsent and WithdrawConsent', () => {
  const registered = { 'participant-p-1': [participantRegistered('p-1')] };
  it('records consent', () => specify(recordConsent).given(registered).when(consent).then([{ type: 'ConsentRecorded', data: consent }]));
  it('refuses consent given already', () =>
    specify(recordConsent)
      .given({ 'participant-p-1': [participantRegistered('p-1'), { type: 'ConsentRecorded', data: consent }] })
      .when(consent)
      .thenThrows(ErrorCode.InvalidState, /already given/));
  it('withdraws consent that was given', () =>
    specify(withdrawConsent)
      .given({ 'participant-p-1': [participantRegistered('p-1'), { type: 'ConsentRecorded', data: consent }] })
      .when({ participantId: 'p-1', purpose: 'follow-up-contact' })
      .then([{ type: 'ConsentWithdrawn', data: { participantId: 'p-1', purpose: 'follow-up-contact' } }]));
  it('refuses to withdraw consent never given', () =>
    specify(withdrawConsent).given(registered).when({ participantId: 'p-1', purpose: 'research' }).thenThrows(ErrorCode.InvalidState, /no consent for research/));
});

describe('RegisterWildcard', () => {
  it('registers a wildcard with its category', () =>
    specify(registerWildcard)
      .given(started)
      .when({ wildcardId: 'wc-1', processId: PROCESS, category: 'politician' })
      .then([{ type: 'WildcardRegistered', data: { wildcardId: 'wc-1', processId: PROCESS, category: 'politician' } }]));
  it('needs a started process', () =>
    specify(registerWildcard).given().when({ wildcardId: 'wc-1', processId: PROCESS, category: 'official' }).thenThrows(ErrorCode.PreconditionFailed));
});
