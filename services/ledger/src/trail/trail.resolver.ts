import { Args, Query, Resolver } from '@nestjs/graphql';
import {
  clauseRoots,
  type ClauseRootsResult,
  districtReach,
  type DistrictReach,
  ideaTrail,
  type IdeaTrailResult,
  themeLineage,
  trailProjection,
  type ThemeLineageFound,
} from '@spoor/projections';
import { Projector } from '../read-model/projector.service.js';

type ThemeView = Omit<ThemeLineageFound['nodes'][number], 'relation'> & { id: string; processId: string; lineage: { nodes: ThemeLineageFound['nodes']; edges: ThemeLineageFound['edges'] } };

/** The trail queries, answered from the trail read model. Unknown codes and clauses get an answer, not an error. */
@Resolver()
export class TrailResolver {
  constructor(private readonly projector: Projector) {}

  private get model() {
    return this.projector.model(trailProjection);
  }

  @Query('ideaTrail')
  ideaTrail(@Args('receiptCode') receiptCode: string): IdeaTrailResult {
    return ideaTrail(this.model, receiptCode);
  }

  @Query('clauseRoots')
  clauseRoots(@Args('clauseId') clauseId: string, @Args('manifestoId') manifestoId: string | null): ClauseRootsResult {
    return clauseRoots(this.model, clauseId, manifestoId ?? undefined);
  }

  @Query('theme')
  theme(@Args('id') id: string, @Args('processId') processId: string | null): ThemeView | null {
    const lineage = themeLineage(this.model, id, processId ?? undefined);
    if (!lineage.found) return null;
    const self = lineage.nodes.find((n) => n.relation === 'self');
    if (!self) return null;
    const { relation: _relation, ...theme } = self;
    return { ...theme, id: self.themeId, processId: lineage.processId, lineage: { nodes: lineage.nodes, edges: lineage.edges } };
  }

  @Query('districtReach')
  districtReach(@Args('processId') processId: string | null): DistrictReach | null {
    return districtReach(this.model, processId ?? undefined);
  }
}
