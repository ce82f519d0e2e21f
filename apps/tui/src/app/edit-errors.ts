/** Turns what the engine throws on a refused edit into what the prompt shows: a message and a caret position. */
import type { PromptError } from './components/Prompt.js';

export function promptError(error: unknown): PromptError {
  if (error instanceof Error) {
    const e = error as Error & { code?: string; reason?: string; position?: number };
    const text = e.reason !== undefined && e.position !== undefined ? `${e.reason} (at position ${e.position + 1})` : e.message;
    return {
      message: e.code ? `${e.code}: ${text}` : text,
      ...(typeof e.position === 'number' ? { position: e.position } : {}),
    };
  }
  return { message: String(error) };
}

/** Parses a typed number; `15` means 15 (percent), `-2.5` and `.5` work; anything else is undefined. */
export function parseTyped(text: string): number | undefined {
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text.trim())) return undefined;
  return Number(text);
}
