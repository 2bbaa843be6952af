import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ErrorCode, SpoorError } from '@spoor/contracts';
import {
  CrossTabRequestError,
  progress,
  progressProjection,
  type ProgressView,
  representativeness,
  representativenessProjection,
  representativenessCrossTab,
  type RepresentativenessCrossTab,
  representativenessStages,
  type RepresentativenessResult,
  type RepresentativenessStage,
  summitProjection,
  summitResult,
  type SummitResultView,
} from '@spoor/projections';
import { Inject } from '@nestjs/common';
import type { LedgerConfig } from '../config/config.js';
import { Projector } from '../read-model/projector.service.js';
import { CONFIG } from '../store/tokens.js';

const isStage = (stage: string): stage is RepresentativenessStage => (representativenessStages as readonly string[]).includes(stage);

/** Public audit views, answered from the read models with the configured suppression threshold. */
@Resolver('Progress')
export class AuditResolver {
  constructor(
    private readonly projector: Projector,
    @Inject(CONFIG) private readonly config: LedgerConfig,
  ) {}

  @Query('representativeness')
  representativeness(@Args('stage') stage: string, @Args('processId') processId: string | null): RepresentativenessResult | null {
    if (!isStage(stage)) {
      throw new SpoorError(ErrorCode.BadUserInput, `stage: must be one of ${representativenessStages.join(', ')}`, 'stage');
    }
    return representativeness(this.projector.model(representativenessProjection), stage, { threshold: this.config.suppressionThreshold, ...(processId ? { processId } : {}) });
  }

  @Query('representativenessCrossTab')
  representativenessCrossTab(
    @Args('stage') stage: string,
    @Args('dimensions') dimensions: string[] | null,
    @Args('processId') processId: string | null,
  ): RepresentativenessCrossTab | null {
    if (!isStage(stage)) {
      throw new SpoorError(ErrorCode.BadUserInput, `stage: must be one of ${representativenessStages.join(', ')}`, 'stage');
    }
    try {
      return representativenessCrossTab(this.projector.model(representativenessProjection), stage, dimensions ?? ['district', 'ageBand', 'gender'], {
        threshold: this.config.suppressionThreshold,
        ...(processId ? { processId } : {}),
      });
    } catch (error) {
      if (error instanceof CrossTabRequestError) throw new SpoorError(ErrorCode.BadUserInput, error.message, error.field);
      throw error;
    }
  }

  @Query('summitResult')
  summitResult(@Args('processId') processId: string | null): SummitResultView | null {
    return summitResult(this.projector.model(summitProjection), { threshold: this.config.suppressionThreshold, ...(processId ? { processId } : {}) });
  }

  @Query('progress')
  progress(): ProgressView[] {
    return progress(this.projector.model(progressProjection));
  }

  @ResolveField('updates')
  updates(@Parent() view: ProgressView, @Args('first') first: number): ProgressView['updates'] {
    if (!Number.isInteger(first) || first < 0 || first > 1000) throw new SpoorError(ErrorCode.BadUserInput, 'first: must be a whole number from 0 to 1000', 'first');
    return view.updates.slice(0, first);
  }
}
