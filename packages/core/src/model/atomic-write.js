/**
 * Replacing a file atomically: the text goes to a temporary file in the same folder (so the rename stays on one
 * file system), which is then renamed over the target. A reader sees the old file or the new one, never half of
 * one; on any failure the old file is untouched and the temporary file is removed.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ModelFileError } from './errors.js';
export const nodeWriteIo = {
    writeFile(path, text, mode) {
        const fd = openSync(path, 'wx', mode ?? 0o666);
        try {
            writeSync(fd, text);
            fsyncSync(fd);
        }
        finally {
            closeSync(fd);
        }
    },
    rename: renameSync,
    unlink: unlinkSync,
};
/** Throws ModelFileError 'SAVE_FAILED' naming `path`. */
export function writeFileAtomic(path, text, io = nodeWriteIo) {
    const temp = join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
    try {
        io.writeFile(temp, text, existingMode(path));
        io.rename(temp, path);
    }
    catch (error) {
        try {
            io.unlink(temp);
        }
        catch {
            // The temporary file was never created: nothing to clean up.
        }
        const reason = error instanceof Error ? error.message : String(error);
        throw new ModelFileError([{ code: 'SAVE_FAILED', file: path, path: '', message: `could not save the file: ${reason}` }], {
            cause: error,
        });
    }
}
/** Keep the permissions of the file being replaced. */
function existingMode(path) {
    try {
        return statSync(path).mode & 0o777;
    }
    catch {
        return undefined;
    }
}
//# sourceMappingURL=atomic-write.js.map