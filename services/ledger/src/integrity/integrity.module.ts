import { Module } from '@nestjs/common';
import { TransparencyLog } from './transparency-log.service.js';

/** The transparency log; needs the CoreModule (store, config, clock). The API adds IntegrityResolver. */
@Module({ providers: [TransparencyLog], exports: [TransparencyLog] })
export class IntegrityModule {}
