/** A progress bar on one terminal line: drawn, cleared before other output, drawn again. */
export interface Progress {
  /** Count one more item done and redraw (at most ten times a second). */
  tick: () => void;
  /** Write output where the bar is: the bar is erased first and drawn again below it. */
  print: (write: () => void) => void;
}

const width = 30;

/**
 * A progress bar written with carriage returns to a terminal; `null` when the stream is not a terminal, so
 * piped or redirected output never holds one.
 * @param total how many items the run has
 * @param write where the bar goes (standard error)
 * @param isTTY whether that stream is a terminal
 * @returns the bar, or null
 */
export function createProgress(total: number, write: (text: string) => void, isTTY: boolean): Progress | null {
  if (!isTTY || total === 0) return null;
  const started = Date.now();
  let done = 0;
  let drawnAt = 0;
  const draw = (): void => {
    drawnAt = Date.now();
    const filled = Math.round((done / total) * width);
    const rate = done / Math.max((drawnAt - started) / 1000, 0.001);
    write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} offers, ${rate.toFixed(1)}/s`);
  };
  const clear = (): void => write('\r\u001b[K');
  const tick = (): void => {
    done++;
    if (done === total) clear();
    else if (Date.now() - drawnAt >= 100) draw();
  };
  const print = (output: () => void): void => {
    if (done === total) return output();
    clear();
    output();
    draw();
  };
  return { tick, print };
}
