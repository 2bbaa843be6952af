import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost, ModuleRef } from '@nestjs/core';
import { TransparencyLog } from '../integrity/transparency-log.service.js';
import { Kind, parse } from 'graphql';
import type { LedgerConfig } from '../config/config.js';
import { Projector } from '../read-model/projector.service.js';
import { CONFIG } from '../store/tokens.js';

type Listener = (req: IncomingMessage, res: ServerResponse) => void;
type ParsedRequest = IncomingMessage & { body?: unknown };

const MAX_ENTRIES = 10_000;
const MAX_BODY = 100_000;

/**
 * Public answers change only when the log does: an anonymous query is answered from memory when
 * the same query with the same variables was answered at the same log position. The cache is
 * emptied the moment the read models move on, so it never serves an outdated answer; mutations,
 * anything sent with a token, and answers with errors pass through untouched and are never kept.
 * It sits in front of Express, so a hit costs a JSON parse and a lookup, not the GraphQL pipeline.
 */
@Injectable()
export class PublicQueryCache implements OnApplicationBootstrap {
  private readonly answers = new Map<string, string>();
  private readonly operationKinds = new Map<string, string | null>();
  private position: string | null = null;

  constructor(
    private readonly projector: Projector,
    private readonly adapterHost: HttpAdapterHost,
    @Inject(CONFIG) private readonly config: LedgerConfig,
    private readonly moduleRef: ModuleRef,
  ) {}

  /** The state public answers depend on: the read models' position, and the latest signed checkpoint (receipts, proofs). */
  private version(): string {
    let log: TransparencyLog | undefined;
    try {
      log = this.moduleRef.get(TransparencyLog, { strict: false });
    } catch {
      log = undefined; // a ledger without the integrity module
    }
    return `${this.projector.stats.position}/${log?.latestCheckpoint()?.size ?? 0}`;
  }

  onApplicationBootstrap(): void {
    const server = this.adapterHost.httpAdapter?.getHttpServer() as Server | undefined;
    if (!server || !this.config.publicQueryCache) return;
    const downstream = server.listeners('request') as Listener[];
    server.removeAllListeners('request');
    const pass: Listener = (req, res) => downstream.forEach((listener) => listener(req, res));
    server.on('request', (req: IncomingMessage, res: ServerResponse) => this.handle(req, res, pass));
  }

  private handle(req: IncomingMessage, res: ServerResponse, pass: Listener): void {
    const cacheable = req.method === 'POST' && req.url === '/graphql' && req.headers.authorization === undefined && /json/i.test(req.headers['content-type'] ?? '');
    if (!cacheable) return pass(req, res);
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY) chunks.push(chunk);
    });
    req.on('end', () => {
      // Express's body parser sees the finished stream and keeps this body.
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: { query?: unknown; variables?: unknown; operationName?: unknown } | undefined;
      try {
        body = size <= MAX_BODY ? (JSON.parse(raw) as typeof body) : undefined;
      } catch {
        body = undefined;
      }
      (req as ParsedRequest).body = body ?? {};
      const key = body ? this.keyOf(body) : undefined;
      if (key === undefined) return pass(req, res);
      this.answerOrRemember(key, res, () => pass(req, res));
    });
  }

  private answerOrRemember(key: string, res: ServerResponse, execute: () => void): void {
    const position = this.version();
    if (position !== this.position) {
      this.answers.clear();
      this.position = position;
    }
    const hit = this.answers.get(key);
    if (hit !== undefined) {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(hit) });
      res.end(hit);
      return;
    }
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    res.end = ((...args: unknown[]) => {
      const [chunk] = args;
      const text = typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : undefined;
      if (res.statusCode === 200 && text !== undefined && !text.includes('"errors"') && this.position === position) {
        if (this.answers.size >= MAX_ENTRIES) this.answers.clear();
        this.answers.set(key, text);
      }
      return end(...args);
    }) as ServerResponse['end'];
    execute();
  }

  /** The cache key of a query operation, or undefined for anything else. */
  private keyOf(body: { query?: unknown; variables?: unknown; operationName?: unknown }): string | undefined {
    const { query, variables, operationName } = body;
    if (typeof query !== 'string' || this.operationKind(query, operationName) !== 'query') return undefined;
    return JSON.stringify([query, variables ?? null, operationName ?? null]);
  }

  private operationKind(query: string, operationName: unknown): string | null {
    const memoKey = `${String(operationName ?? '')}\u0000${query}`;
    const known = this.operationKinds.get(memoKey);
    if (known !== undefined) return known;
    let kind: string | null = null;
    try {
      const operations = parse(query).definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
      const chosen = typeof operationName === 'string' ? operations.find((o) => o.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
      kind = chosen?.operation ?? null;
    } catch {
      kind = null; // Apollo answers the syntax error
    }
    if (this.operationKinds.size >= MAX_ENTRIES) this.operationKinds.clear();
    this.operationKinds.set(memoKey, kind);
    return kind;
  }
}
