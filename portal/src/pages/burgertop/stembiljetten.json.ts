import type { APIRoute } from 'astro';
import { portal } from '../../lib/data';

/**
 * The anonymous ballots in the shape the recount script of docs/summit.md reads:
 * `node recount.mjs <processId> <seats> stembiljetten.json`.
 */
export const GET: APIRoute = () => {
  const { data } = portal();
  const voting = data.summit?.voting;
  const body = {
    processId: data.process.processId,
    seats: voting?.method.seats ?? 0,
    themeIds: voting?.themeIds ?? [],
    ballots: voting?.ballots ?? [],
  };
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
};
