import { ConsoleLogger, type LogLevel } from '@nestjs/common';

const levels: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

/** Structured JSON logs, one object per line, up to the configured level. */
export const jsonLogger = (level: LogLevel): ConsoleLogger =>
  new ConsoleLogger({ json: true, colors: false, logLevels: levels.slice(0, levels.indexOf(level) + 1) });
