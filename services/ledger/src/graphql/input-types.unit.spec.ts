import { commandDefinitions } from '@spoor/contracts';
import { buildSchema } from 'graphql';
import { mutationTypeDefs } from './mutations.js';
import { baseTypeDefs } from './schema.graphql.js';

describe('GraphQL inputs derived from the contracts', () => {
  const schema = buildSchema(`${baseTypeDefs}\n${mutationTypeDefs()}`);

  it('offers one mutation per command, each taking its contract fields plus the command metadata', () => {
    const input = schema.getType('RegisterParticipantInput');
    expect(input && 'getFields' in input ? Object.keys(input.getFields()).sort() : []).toEqual(
      ['ageBand', 'causationId', 'commandId', 'correlationId', 'districtCode', 'expectedRevision', 'gender', 'occurredAt', 'otherBands', 'participantId', 'personal', 'processId'].sort(),
    );
    expect(Object.keys(schema.getMutationType()?.getFields() ?? {}).sort()).toEqual(
      Object.keys(commandDefinitions)
        .map((t) => t.charAt(0).toLowerCase() + t.slice(1))
        .sort(),
    );
  });

  it('makes required contract fields non-null and optional or defaulted ones nullable', () => {
    const fields = (schema.getType('RecordIdeaInput') as unknown as { getFields(): Record<string, { type: { toString(): string } }> }).getFields();
    expect(fields['text']?.type.toString()).toBe('String!');
    expect(fields['commandId']?.type.toString()).toBe('String!');
    expect(fields['ideaId']?.type.toString()).toBe('String');
    expect(fields['expectedRevision']?.type.toString()).toBe('Int');
    const figures = (schema.getType('RecordReferencePopulationInput') as unknown as { getFields(): Record<string, { type: { toString(): string } }> }).getFields();
    expect(figures['figures']?.type.toString()).toBe('[RecordReferencePopulationInputFigure!]!');
  });
});
