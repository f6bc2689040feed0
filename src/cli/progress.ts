import type { CliIo } from './io.js';

/**
 * A one-line progress bar on stderr, drawn only on a terminal (and at most every 100 ms); other
 * output is printed above it. Shared by `corpus` and `network`.
 */
export class ProgressBar {
  private line = '';
  private lastDraw = 0;
  constructor(
    private readonly io: CliIo,
    readonly enabled: boolean,
  ) {}

  /** Redraws the bar at `done` of `total`, with a label before and a note after it. */
  draw(done: number, total: number, label = '', note = ''): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (done < total && now - this.lastDraw < 100) return;
    this.lastDraw = now;
    const width = 30;
    const filled = Math.round((done / Math.max(1, total)) * width);
    this.line = `${label ? `${label} ` : ''}[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${done}/${total}${note}`;
    this.io.stderr(`\r\x1b[K${this.line}`);
  }

  /** Prints something with the bar out of the way, then redraws the bar. */
  above(print: () => void): void {
    if (this.enabled && this.line) this.io.stderr('\r\x1b[K');
    print();
    if (this.enabled && this.line) this.io.stderr(this.line);
  }

  finish(): void {
    if (this.enabled && this.line) this.io.stderr('\r\x1b[K');
  }
}
