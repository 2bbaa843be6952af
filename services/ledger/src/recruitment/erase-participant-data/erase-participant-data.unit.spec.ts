import { ErrorCode } from '@spoor/contracts';
import { participantRegistered } from '../../shared/testing/fixtures.js';
import { specify } from '../../shared/testing/use-case-specification.js';
import { eraseParticipantData } from './erase-participant-data.use-case.js';

const erase = { participantId: 'p-1', reason: 'participant-request' as const, erasedOn: '2017-11-02' };
const erased = { type: 'ParticipantDataErased' as const, data: erase };

describe('EraseParticipantData', () => {
  it('records the erasure of a registered participant, with no personal data in it', () =>
    specify(eraseParticipantData).given({ 'participant-p-1': [participantRegistered('p-1')] }).when(erase).then([erased]));

  it('is for organisers only', () => expect(eraseParticipantData.roles).toEqual(['organiser']));

  it('needs a registered participant', () =>
    specify(eraseParticipantData).given().when(erase).thenThrows(ErrorCode.NotFound, /Participant p-1 does not exist/));

  it('refuses to erase twice', () =>
    specify(eraseParticipantData)
      .given({ 'participant-p-1': [participantRegistered('p-1'), erased] })
      .when({ ...erase, reason: 'legal-obligation' })
      .thenThrows(ErrorCode.InvalidState, /^participantId: the personal data of participant p-1 was already erased/));
});
