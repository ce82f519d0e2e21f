/**
 * A real terminal for end-to-end tests: a detached tmux session on its own server socket (so tests never touch a
 * user's tmux), driven with `send-keys` and read with `capture-pane`. Waits poll the screen until text appears,
 * with a generous limit, and never judge elapsed time.
 */
import { execFileSync } from 'node:child_process';

export interface TmuxOptions {
  columns: number;
  rows: number;
  cwd: string;
  /** The command line the pane runs (a shell command). */
  command: string;
  env?: Record<string, string>;
}

let counter = 0;

export class TmuxSession {
  private readonly socket: string;
  readonly name: string;

  private constructor(socket: string, name: string) {
    this.socket = socket;
    this.name = name;
  }

  static start(options: TmuxOptions): TmuxSession {
    const id = `${process.pid}-${counter++}`;
    const session = new TmuxSession(`tradesheet-e2e-${id}`, `e2e-${id}`);
    const env = Object.entries(options.env ?? {}).map(([k, v]) => `${k}=${shellQuote(v)}`).join(' ');
    // `env -u CI`: Ink draws nothing interactive when it thinks it runs in CI, but this is a real terminal.
    session.tmux([
      'new-session', '-d', '-s', session.name, '-x', String(options.columns), '-y', String(options.rows),
      '-c', options.cwd, `env -u CI -u GITHUB_ACTIONS TERM=xterm-256color ${env} ${options.command}`,
    ]);
    session.tmux(['set-option', '-t', session.name, 'remain-on-exit', 'on']);
    return session;
  }

  private tmux(args: string[]): string {
    return execFileSync('tmux', ['-L', this.socket, ...args], { encoding: 'utf8' });
  }

  /** The visible screen as plain text. */
  screen(): string {
    return this.tmux(['capture-pane', '-p', '-t', this.name]);
  }

  /** Sends keys by tmux name (`Enter`, `C-c`, `Up`, `Tab`) or as literal text with `{ literal: true }`. */
  send(keys: string, options: { literal?: boolean } = {}): void {
    this.tmux(['send-keys', '-t', this.name, ...(options.literal ? ['-l'] : []), keys]);
  }

  /** Polls the screen until `match` holds; throws with the last screen if it never does. */
  async waitFor(match: string | RegExp | ((screen: string) => boolean), limitMs = 60_000): Promise<string> {
    const test = typeof match === 'function' ? match : (s: string) => (typeof match === 'string' ? s.includes(match) : match.test(s));
    const deadline = Date.now() + limitMs;
    let last = '';
    for (;;) {
      last = this.screen();
      if (test(last)) return last;
      if (Date.now() > deadline) throw new Error(`screen never showed ${String(match)}; last screen:\n${last}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** True once the pane's command has exited (the pane stays, for a last look). */
  exited(): boolean {
    return this.tmux(['display-message', '-p', '-t', this.name, '#{pane_dead}']).trim() === '1';
  }

  kill(): void {
    try {
      this.tmux(['kill-server']);
    } catch {
      // Already gone.
    }
  }
}

export function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}
