import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/commands/io.js';
import { emit, writeFileAtomic } from '../../src/commands/write-output.js';

function captureIo(cwd: string): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, cwd, env: {}, stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => err.push(s) } };
}

describe('writeFileAtomic', () => {
  it('replaces an existing file and leaves no temporary file behind', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tradesheet-out-'));
    const file = path.join(dir, 'report.html');
    writeFileSync(file, 'old');
    await writeFileAtomic(file, 'new');
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['report.html']);
  });

  it('creates missing folders on the way', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tradesheet-out-'));
    await writeFileAtomic(path.join(dir, 'a', 'b', 'r.csv'), 'x');
    expect(readFileSync(path.join(dir, 'a', 'b', 'r.csv'), 'utf8')).toBe('x');
  });

  it('fails with CLI_WRITE_FAILED naming --out when the target cannot be written', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tradesheet-out-'));
    writeFileSync(path.join(dir, 'file'), '');
    await expect(writeFileAtomic(path.join(dir, 'file', 'child.txt'), 'x')).rejects.toMatchObject({
      code: 'CLI_WRITE_FAILED',
      message: expect.stringMatching(/^--out .*child\.txt: cannot write the file/),
    });
  });
});

describe('emit', () => {
  it('writes to stdout with one final newline when there is no --out', async () => {
    const io = captureIo(tmpdir());
    await emit(io, 'a,b', undefined);
    expect(io.out.join('')).toBe('a,b\n');
  });

  it('writes --out relative to the working folder and says so on stderr, not stdout', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tradesheet-out-'));
    const io = captureIo(dir);
    await emit(io, '{}\n', 'out/r.json');
    expect(readFileSync(path.join(dir, 'out', 'r.json'), 'utf8')).toBe('{}\n');
    expect(io.out).toEqual([]);
    expect(io.err.join('')).toBe(`wrote ${path.join('out', 'r.json')}\n`);
  });
});
