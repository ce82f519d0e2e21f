/**
 * Results go to stdout, or with `--out FILE` to a file written atomically: the text goes to a temporary file in
 * the same folder, then a rename replaces the target, so a reader (a browser reloading the HTML report, a script
 * polling the CSV) never sees half a file and a failed run leaves the old file intact.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CliError } from './errors.js';
import type { CliIo } from './io.js';
import { displayPath } from './scenario-source.js';

export async function writeFileAtomic(file: string, text: string): Promise<void> {
  const dir = path.dirname(file);
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(temp, text, 'utf8');
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError('CLI_WRITE_FAILED', `--out ${file}: cannot write the file: ${reason}`);
  }
}

/** Writes a command's result to `--out` (relative to the working folder) or to stdout, ending with one newline. */
export async function emit(io: CliIo, text: string, out: string | undefined): Promise<void> {
  const body = text.endsWith('\n') ? text : `${text}\n`;
  if (out === undefined || out === '-') {
    io.stdout.write(body);
    return;
  }
  const file = path.resolve(io.cwd, out);
  await writeFileAtomic(file, body);
  io.stderr.write(`wrote ${displayPath(io.cwd, file)}\n`);
}
