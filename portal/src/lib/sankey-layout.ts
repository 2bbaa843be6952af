import { sankey, sankeyLinkHorizontal } from 'd3-sankey';
import type { PortalFlow, PortalFlowNode } from './types';

export interface LaidOutNode extends PortalFlowNode {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export interface LaidOutLink {
  source: string;
  target: string;
  value: number;
  path: string;
  width: number;
}

export interface SankeyLayout {
  width: number;
  height: number;
  nodes: LaidOutNode[];
  links: LaidOutLink[];
}

type Node = PortalFlowNode & { x0?: number; x1?: number; y0?: number; y1?: number };
type Link = { source: string | Node; target: string | Node; value: number; width?: number };

const round = (n: number | undefined) => Math.round((n ?? 0) * 10) / 10;

/**
 * The flow diagram laid out at build time with d3-sankey: five fixed columns (ideas, themes,
 * summit, working groups, outcome), nodes in the order the data gives them, link paths as SVG.
 */
export const layoutSankey = (flow: PortalFlow, width = 1300, labelSpace = 200): SankeyLayout => {
  const columns = Math.max(1, ...flow.nodes.map((n) => n.column));
  const perColumn = Math.max(1, ...Array.from({ length: columns + 1 }, (_, c) => flow.nodes.filter((n) => n.column === c).length));
  const height = Math.max(420, perColumn * 34);
  const generator = sankey<Node, Link>()
    .nodeId((n) => n.id)
    .nodeAlign((n) => (n as Node).column)
    .nodeSort(null as never)
    .nodeWidth(14)
    .nodePadding(12)
    .extent([
      [1, 8],
      [width - labelSpace, height - 8],
    ]);
  const graph = generator({ nodes: flow.nodes.map((n) => ({ ...n })), links: flow.links.map((l) => ({ ...l })) });
  const path = sankeyLinkHorizontal<Node, Link>();
  return {
    width,
    height,
    nodes: graph.nodes.map((n) => ({ ...(n as PortalFlowNode), x0: round(n.x0), x1: round(n.x1), y0: round(n.y0), y1: round(n.y1) })),
    links: graph.links.map((l) => ({
      source: (l.source as Node).id,
      target: (l.target as Node).id,
      value: l.value,
      width: round(l.width),
      path: (path(l) ?? '').replace(/\d+\.\d+/g, (d) => String(round(Number(d)))),
    })),
  };
};
