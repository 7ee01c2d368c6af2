/** A progress line on standard error, shown only when it is a terminal (never in the output). */
import cliProgress from 'cli-progress';

export interface Progress {
  tick(label: string): void;
  stop(): void;
}

export function startProgress(unit: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY || process.env.CI) return { tick() {}, stop() {} };
  const started = Date.now();
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: `{value} ${unit} | {rate}/s | {label}`,
      hideCursor: true,
      clearOnComplete: false,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  let count = 0;
  bar.start(0, 0, { rate: '0', label: '' });
  return {
    tick(label) {
      count++;
      const seconds = (Date.now() - started) / 1000;
      bar.update(count, { rate: seconds > 0 ? (count / seconds).toFixed(1) : '0', label: label.slice(-60) });
    },
    stop() {
      bar.stop();
    },
  };
}
