import { ErrorCode, SpoorError } from '@spoor/contracts';

export interface Connection<T> {
  totalCount: number;
  nodes: T[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

const encode = (offset: number): string => Buffer.from(`o:${offset}`).toString('base64url');
const decode = (cursor: string): number => {
  const match = /^o:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw new SpoorError(ErrorCode.BadUserInput, 'after: is not a cursor this API handed out', 'after');
  return Number(match[1]);
};

/** A page of `items`, `first` at a time, after an opaque cursor. */
export const paginate = <T>(items: readonly T[], first = 100, after?: string | null): Connection<T> => {
  if (!Number.isInteger(first) || first < 0 || first > 1000) {
    throw new SpoorError(ErrorCode.BadUserInput, 'first: must be a whole number from 0 to 1000', 'first');
  }
  const start = after ? decode(after) + 1 : 0;
  const nodes = items.slice(start, start + first);
  const end = start + nodes.length - 1;
  return {
    totalCount: items.length,
    nodes,
    pageInfo: { endCursor: nodes.length > 0 ? encode(end) : null, hasNextPage: end + 1 < items.length },
  };
};
