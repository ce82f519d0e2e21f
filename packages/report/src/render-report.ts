/**
 * One entry point for every format, for a command's `--format` flag. Async because the HTML report renders its
 * charts asynchronously; the other formats are also available as plain synchronous functions.
 */
import type { ReportDocument } from './document.js';
import { renderCsv } from './render-csv.js';
import { renderHtml } from './render-html.js';
import { renderJson } from './render-json.js';
import { renderMarkdown } from './render-markdown.js';
import { renderText } from './render-text.js';

export const REPORT_FORMATS = ['text', 'md', 'html', 'json', 'csv'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export function isReportFormat(value: string): value is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(value);
}

export interface RenderOptions {
  /** text only: ANSI colour (ask for it only when stdout is a terminal). */
  color?: boolean;
  /** text only: columns available. */
  width?: number;
  /** text and html: the year shown by region; the first projected year unless told. */
  year?: number;
}

export async function renderReport(doc: ReportDocument, format: ReportFormat, options: RenderOptions = {}): Promise<string> {
  switch (format) {
    case 'text':
      return renderText(doc, options);
    case 'md':
      return renderMarkdown(doc);
    case 'html':
      return renderHtml(doc, options.year === undefined ? {} : { year: options.year });
    case 'json':
      return renderJson(doc);
    case 'csv':
      return renderCsv(doc);
  }
}
