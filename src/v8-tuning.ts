/**
 * V8 settings for long annotation runs, applied by the CLI (and by the benchmark, which
 * measures what the CLI does) before the pipeline's code gets hot. A long run compiles the
 * pipeline's large functions with TurboFan again after each deoptimisation while it warms up,
 * and at the default cumulative inlining budget (920 bytes of bytecode) each compile is costly.
 * Half the budget cut CPU per article over the ANT corpus by about 5–10% in same-session
 * comparisons (one thread and two), with identical output. V8 flags are process-wide: worker
 * threads started afterwards compile under them too. A library caller keeps its own settings.
 */
import { setFlagsFromString } from 'node:v8';

export function tuneV8ForAnnotation(): void {
  setFlagsFromString('--max-inlined-bytecode-size-cumulative=460');
}
