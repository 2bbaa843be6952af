import { SingleBar, Presets } from 'cli-progress';

/** Progress of a long-running command: a bar on a terminal, a line every 10% otherwise (logs, CI). */
export interface Progress {
  start(total: number, label: string): void;
  update(done: number): void;
  stop(): void;
}

export const silentProgress: Progress = { start: () => undefined, update: () => undefined, stop: () => undefined };

export const terminalProgress = (stream: NodeJS.WriteStream = process.stderr): Progress => {
  if (stream.isTTY) {
    const bar = new SingleBar({ stream, format: '{label} [{bar}] {percentage}% | {value}/{total} | {eta_formatted}', hideCursor: true }, Presets.shades_classic);
    return {
      start: (total, label) => bar.start(total, 0, { label }),
      update: (done) => bar.update(done),
      stop: () => bar.stop(),
    };
  }
  let total = 0;
  let label = '';
  let lastTenth = -1;
  return {
    start: (t, l) => {
      total = t;
      label = l;
      lastTenth = -1;
    },
    update: (done) => {
      const tenth = total === 0 ? 10 : Math.floor((done / total) * 10);
      if (tenth !== lastTenth) {
        lastTenth = tenth;
        stream.write(`${label}: ${done}/${total} (${tenth * 10}%)\n`);
      }
    },
    stop: () => undefined,
  };
};
