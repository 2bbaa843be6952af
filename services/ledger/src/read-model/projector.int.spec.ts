import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { startLedger } from '../shared/testing/ledger-harness.js';
import { Projector } from './projector.service.js';

const RESULT = '{ aggregateId }';
const start = { commandId: 's', processId: 'p', title: 'Proces', city: 'Leiden', municipalityCode: 'GM0546', description: 'Test', plannedPhases: [{ phase: 'werving' }] };

describe('Projector checkpoints', () => {
  it('resumes from its checkpoint after a restart, and rebuilds when the checkpoint is gone', async () => {
    const first = await startLedger();
    const token = first.token('organiser');
    const res = await first.gql(`mutation($input: StartProcessInput!) { startProcess(input: $input) ${RESULT} }`, { input: start }, token);
    expect(res.errors).toBeUndefined();
    await first.close(true);

    const second = await startLedger({ dataDir: first.dataDir });
    expect(second.app.get(Projector).stats.events).toBe(0);
    expect((await second.gql('{ processes { id } }')).data).toEqual({ processes: [{ id: 'p' }] });
    await second.close(true);

    rmSync(join(first.dataDir, 'projections.db'));
    const third = await startLedger({ dataDir: first.dataDir });
    expect(third.app.get(Projector).stats.events).toBe(1);
    expect((await third.gql('{ processes { id } }')).data).toEqual({ processes: [{ id: 'p' }] });
    await third.close();
  });
});
