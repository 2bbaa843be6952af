import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import { Projector } from '../read-model/projector.service.js';

/** Liveness and readiness for process managers and load balancers. */
@Controller()
export class HealthController {
  constructor(private readonly projector: Projector) {}

  /** The process is up. */
  @Get('healthz')
  @HttpCode(200)
  healthz(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** The read models have caught up with the store, so answers are complete. */
  @Get('readyz')
  readyz(@Res({ passthrough: true }) res: { status(code: number): unknown }): { status: string; projections: object } {
    const ready = this.projector.ready;
    res.status(ready ? 200 : 503);
    return { status: ready ? 'ready' : 'catching-up', projections: this.projector.stats };
  }
}
