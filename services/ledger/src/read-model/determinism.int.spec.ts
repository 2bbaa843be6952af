import canonicalize from 'canonicalize';
import type { RecordedEvent } from '@spoor/event-store';
import { silentProgress } from '../cli/progress.js';
import { CommandExecutor } from '../commands/command-executor.js';
import { generateLeidenDemo } from '../demo/leiden-demo.js';
import { loadDemo } from '../demo-loader/load-demo.js';
import { startLedger } from '../shared/testing/ledger-harness.js';
import { ProjectionSet } from './projection-set.js';
import { ledgerProjections } from './projection-registry.js';
import { Projector } from './projector.service.js';

const canonical = (value: unknown): string => canonicalize(value) ?? '';

const replay = (events: readonly RecordedEvent[]): Record<string, string> => {
  const set = new ProjectionSet(ledgerProjections);
  for (const e of events) set.apply(e);
  return Object.fromEntries(set.snapshots().map((s) => [s.name, canonical(s.state)]));
};

describe('read models are deterministic', () => {
  it('give byte-identical canonical JSON in the service, in a standalone replay and in a second replay, on the full demo', async () => {
    const ledger = await startLedger();
    try {
      await loadDemo(ledger.store, ledger.app.get(CommandExecutor), generateLeidenDemo(), silentProgress);
      const { events } = await ledger.store.readAll({ maxCount: 1_000_000 });
      const projector = ledger.app.get(Projector);
      await projector.waitFor(events.at(-1)?.position ?? 0n, 10_000);
      const inService = Object.fromEntries(ledgerProjections.map((p) => [p.name, canonical(projector.model(p))]));
      const first = replay(events);
      const second = replay(events);
      expect(Object.keys(first).sort()).toEqual(ledgerProjections.map((p) => p.name).sort());
      for (const name of Object.keys(first)) {
        expect(first[name]).toBe(second[name]);
        expect(inService[name]).toBe(first[name]);
        expect(first[name]?.length).toBeGreaterThan(2);
      }
    } finally {
      await ledger.close();
    }
  }, 240_000);
});
