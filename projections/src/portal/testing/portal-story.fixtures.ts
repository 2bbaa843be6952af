import type { DomainEvent, EventData } from '@spoor/contracts';
import type { ProjectedEvent } from '../../projection.js';
import { referenceRecorded, registered } from '../../representativeness/testing/representativeness.fixtures.js';
import { leidenStory } from '../../trail/testing/leiden-story.fixtures.js';
import { LEIDEN_DISTRICTS, PROCESS_ID, type TrailLog } from '../../trail/testing/trail-log.builder.js';
import type { PortalModels } from '../portal-data.views.js';
import { foldPublicModels } from '../public-models.fold.js';

/** Every public read model folded from one log, as the publisher folds them. */
export const portalModels = (events: readonly ProjectedEvent[]): PortalModels => foldPublicModels(events);

const emitEvent = (log: TrailLog, event: DomainEvent, streamId: string): TrailLog => log.emit(event.type, event.data as EventData<typeof event.type>, streamId);

/**
 * The trail's Leiden story (projections/src/trail/testing/leiden-story.fixtures.ts: merges, a
 * split, a vote, adopted and rejected proposals, a manifesto), with what the other views need:
 * phases, a summit date, twelve registered residents in three districts, a reference population
 * and two updates, one of them corrected.
 */
export const portalStory = (): TrailLog => {
  const log = leidenStory('all');
  log.emit('PhaseStarted', { processId: PROCESS_ID, phase: 'gesprekken', startedOn: '2017-10-01' }, `process-${PROCESS_ID}`);
  log.emit('SummitScheduled', { processId: PROCESS_ID, date: '2018-01-14', venue: 'Stadsgehoorzaal Leiden', capacity: 900, wildcardLimit: 100 }, `summit-${PROCESS_ID}`);
  const districts = LEIDEN_DISTRICTS.slice(0, 3).map(([code]) => code);
  for (let i = 0; i < 12; i += 1) emitEvent(log, registered(`p-${i}`, districts[i % 3], '27-39', 'vrouw', PROCESS_ID), `participant-p-${i}`);
  emitEvent(log, referenceRecorded(PROCESS_ID), `process-${PROCESS_ID}`);
  log.emit('UpdatePublished', { updateId: 'u1', processId: PROCESS_ID, title: 'De gesprekken beginnen', body: 'Honderd huiskamers.\n\nDoe mee.', publishedOn: '2017-10-01' }, 'update-u1');
  log.emit('UpdatePublished', { updateId: 'u2', processId: PROCESS_ID, title: 'Uitslag', body: 'Zes thema’s gekozen.', publishedOn: '2018-01-15' }, 'update-u2');
  log.emit('UpdateCorrected', { updateId: 'u2', title: 'Uitslag van de burgertop', body: 'Zes thema’s zijn gekozen.', reason: 'titel verduidelijkt', correctedOn: '2018-01-16' }, 'update-u2');
  return log;
};
