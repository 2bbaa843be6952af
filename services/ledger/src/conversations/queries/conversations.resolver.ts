import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { ConversationView, IdeaView, ProcessView } from '@spoor/projections';
import { paginate, type Connection } from '../../graphql/pagination.js';
import { Projector } from '../../read-model/projector.service.js';

type Node<T> = T & { id: string };
const conversationNode = (c: ConversationView): Node<ConversationView> & { ideaCount: number } => ({ ...c, id: c.conversationId, ideaCount: c.ideaIds.length });
const ideaNode = (i: IdeaView): Node<IdeaView> => ({ ...i, id: i.ideaId });

/** Public queries: processes, conversations and ideas, straight from the read model. */
@Resolver('Conversation')
export class ConversationsResolver {
  constructor(private readonly projector: Projector) {}

  private get model() {
    return this.projector.conversations;
  }

  @Query('processes')
  processes(): Node<ProcessView>[] {
    return Object.values(this.model.processes).map((p) => this.processNode(p));
  }

  @Query('process')
  process(@Args('id') id: string): Node<ProcessView> | null {
    const p = this.model.processes[id];
    return p ? this.processNode(p) : null;
  }

  @Query('conversations')
  conversations(
    @Args('processId') processId: string | null,
    @Args('districtCode') districtCode: string | null,
    @Args('status') status: string | null,
    @Args('first') first: number,
    @Args('after') after: string | null,
  ): Connection<ReturnType<typeof conversationNode>> {
    const matches = Object.values(this.model.conversations).filter(
      (c) => (!processId || c.processId === processId) && (!districtCode || c.districtCode === districtCode) && (!status || c.status === status),
    );
    return paginate(matches.map(conversationNode), first, after);
  }

  @Query('conversation')
  conversation(@Args('id') id: string): ReturnType<typeof conversationNode> | null {
    const c = this.model.conversations[id];
    return c ? conversationNode(c) : null;
  }

  @ResolveField('ideas')
  conversationIdeas(@Parent() conversation: ConversationView, @Args('first') first: number, @Args('after') after: string | null): Connection<Node<IdeaView>> {
    const ideas = conversation.ideaIds.map((id) => this.model.ideas[id]).filter((i): i is IdeaView => i !== undefined);
    return paginate(ideas.map(ideaNode), first, after);
  }

  @Query('ideas')
  ideas(
    @Args('processId') processId: string | null,
    @Args('conversationId') conversationId: string | null,
    @Args('districtCode') districtCode: string | null,
    @Args('first') first: number,
    @Args('after') after: string | null,
  ): Connection<Node<IdeaView>> {
    const matches = Object.values(this.model.ideas).filter(
      (i) =>
        (!processId || i.processId === processId) && (!conversationId || i.conversationId === conversationId) && (!districtCode || i.districtCode === districtCode),
    );
    return paginate(matches.map(ideaNode), first, after);
  }

  @Query('idea')
  idea(@Args('id') id: string): Node<IdeaView> | null {
    const i = this.model.ideas[id];
    return i ? ideaNode(i) : null;
  }

  @Query('ideaByReceiptCode')
  ideaByReceiptCode(@Args('receiptCode') receiptCode: string): Node<IdeaView> | null {
    const id = this.model.ideaIdByReceiptCode[receiptCode.trim().toUpperCase()];
    return id ? this.idea(id) : null;
  }

  private processNode(p: ProcessView): Node<ProcessView> & { conversationCount: number; ideaCount: number } {
    const conversationCount = Object.values(this.model.conversations).filter((c) => c.processId === p.processId).length;
    const ideaCount = Object.values(this.model.ideas).filter((i) => i.processId === p.processId).length;
    return { ...p, id: p.processId, conversationCount, ideaCount };
  }
}

@Resolver('Idea')
export class IdeaResolver {
  constructor(private readonly projector: Projector) {}

  @ResolveField('conversation')
  conversation(@Parent() idea: IdeaView): ReturnType<typeof conversationNode> | null {
    const c = this.projector.conversations.conversations[idea.conversationId];
    return c ? conversationNode(c) : null;
  }
}
